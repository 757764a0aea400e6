import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/**
 * @neo4j/graphql 7 builds new adapters for every interface an entity implements, and for every
 * type implementing those interfaces, each time it translates a connection field
 * (`getEntityInterfaces`, called twice per field by its ConnectionFactory). On this schema that
 * is about 0.4 ms of a tiny look-up's 1 ms of translation (a CPU profile; docs/design.md).
 * The adapters depend only on the schema model, which never changes after boot, so one adapter
 * per interface is kept and shared.
 *
 * The library reads the function from its module's exports at every call, so replacing the
 * export is enough. If a later version moves or renames it, nothing is replaced (the library
 * works as shipped) and the caller can say so; a test pins the behaviour.
 */

type Composite = object;
interface EntityLike {
  readonly compositeEntities: readonly Composite[];
}
type Shared = ((entity: EntityLike) => unknown[]) & { readonly shared?: true };

const DIST_FILES = {
  utility: 'translate/queryAST/utils/get-entity-interfaces.js',
  entity: 'schema-model/entity/InterfaceEntity.js',
  adapter: 'schema-model/entity/model-adapters/InterfaceEntityAdapter.js',
};

/** The library major version this was read against: another one runs as shipped. */
const MAJOR = 7;

/** Shares interface adapters across requests; false when the library is not the one read. */
export function shareInterfaceAdapters(): boolean {
  const require = createRequire(import.meta.url);
  const dist = dirname(require.resolve('@neo4j/graphql'));
  const { version } = require(join(dist, '..', 'package.json')) as { version: string };
  if (Number(version.split('.')[0]) !== MAJOR) return false;
  let utility: { getEntityInterfaces?: Shared };
  let InterfaceEntity: abstract new (...args: never[]) => object;
  let InterfaceEntityAdapter: new (entity: Composite) => object;
  try {
    utility = require(join(dist, DIST_FILES.utility)) as typeof utility;
    ({ InterfaceEntity } = require(join(dist, DIST_FILES.entity)) as {
      InterfaceEntity: typeof InterfaceEntity;
    });
    ({ InterfaceEntityAdapter } = require(join(dist, DIST_FILES.adapter)) as {
      InterfaceEntityAdapter: typeof InterfaceEntityAdapter;
    });
  } catch {
    return false;
  }
  // (one argument, the entity: a changed signature means a changed meaning)
  if (typeof utility.getEntityInterfaces !== 'function' || utility.getEntityInterfaces.length !== 1)
    return false;
  if (utility.getEntityInterfaces.shared) return true;
  const adapters = new WeakMap<Composite, object>();
  const adapterOf = (composite: Composite): object => {
    let adapter = adapters.get(composite);
    if (!adapter) adapters.set(composite, (adapter = new InterfaceEntityAdapter(composite)));
    return adapter;
  };
  const shared = (entity: EntityLike): object[] =>
    entity.compositeEntities.filter((c) => c instanceof InterfaceEntity).map(adapterOf);
  utility.getEntityInterfaces = Object.assign(shared, { shared: true as const });
  return true;
}
