import type { LocalNeo4jConfig } from '../../config/config.js';
import type { LauncherBuild } from './launcher-build.js';

/** The JVM command line for the launcher; flags follow Neo4j 5's own server.jvm.additional. */
export function jvmArgs(local: LocalNeo4jConfig, build: LauncherBuild): string[] {
  return [
    `-Xms${local.heap}`,
    `-Xmx${local.heap}`,
    '-XX:+UseG1GC',
    '-XX:-OmitStackTraceInFastThrow',
    '-XX:+DisableExplicitGC',
    '-Djdk.nio.maxCachedBufferSize=1024',
    '-Dio.netty.tryReflectionSetAccessible=true',
    '-Dlog4j2.disable.jmx=true',
    '--add-opens=java.base/java.nio=ALL-UNNAMED',
    '--add-opens=java.base/java.io=ALL-UNNAMED',
    '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
    '--add-opens=java.base/java.lang=ALL-UNNAMED',
    '--enable-native-access=ALL-UNNAMED',
    `-Dpg.home=${local.home}`,
    `-Dpg.plugins=${build.pluginsDir}`,
    '-Dpg.bolt.host=127.0.0.1',
    `-Dpg.bolt.port=${local.boltPort}`,
    `-Dpg.pagecache=${local.pageCache}`,
    '-cp',
    build.classpath,
    'org.policygraph.launcher.Launcher',
  ];
}
