import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Router } from 'express';

const require = createRequire(import.meta.url);
const packageDir = (name: string): string => dirname(require.resolve(`${name}/package.json`));

/** Files served from installed npm packages: no CDN, works on a machine without internet. */
const assets: Record<string, string> = {
  'react.production.min.js': join(packageDir('react'), 'umd', 'react.production.min.js'),
  'react-dom.production.min.js': join(
    packageDir('react-dom'),
    'umd',
    'react-dom.production.min.js',
  ),
  'graphiql.min.js': join(packageDir('graphiql'), 'graphiql.min.js'),
  'graphiql.min.css': join(packageDir('graphiql'), 'graphiql.min.css'),
};

const ASSET_PREFIX = '/graphiql-assets';

/** The page's own script and style are files too: the CSP allows no inline script (security-headers.ts). */
const PAGE_CSS = 'html, body, #graphiql { height: 100%; margin: 0; }\n';
const PAGE_JS = `const mount = document.getElementById('graphiql');
const fetcher = GraphiQL.createFetcher({ url: mount.dataset.endpoint });
ReactDOM.createRoot(mount).render(React.createElement(GraphiQL, {
  fetcher,
  defaultQuery: '{\\n  search(text: "Virkunnen") { id label name score }\\n}\\n',
}));
`;

const escapeAttribute = (value: string): string =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

const page = (endpoint: string): string => `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>policy-graph · GraphiQL</title>
<link rel="stylesheet" href="${ASSET_PREFIX}/graphiql.min.css">
<link rel="stylesheet" href="${ASSET_PREFIX}/page.css">
</head>
<body>
<div id="graphiql" data-endpoint="${escapeAttribute(endpoint)}">Loading GraphiQL…</div>
<script src="${ASSET_PREFIX}/react.production.min.js"></script>
<script src="${ASSET_PREFIX}/react-dom.production.min.js"></script>
<script src="${ASSET_PREFIX}/graphiql.min.js"></script>
<script src="${ASSET_PREFIX}/page.js"></script>
</body>
</html>
`;

/**
 * GraphiQL at GET /graphql when a browser asks for HTML (Accept: text/html); every other request
 * falls through to Apollo. Scripts and styles come from the graphiql, react and react-dom packages.
 */
export function graphiqlRouter(endpoint = '/graphql'): Router {
  const router = Router();
  for (const [name, file] of Object.entries(assets)) {
    router.get(`${ASSET_PREFIX}/${name}`, (_req, res) => {
      res.set('cache-control', 'public, max-age=86400').sendFile(file);
    });
  }
  router.get(`${ASSET_PREFIX}/page.css`, (_req, res) => void res.type('css').send(PAGE_CSS));
  router.get(`${ASSET_PREFIX}/page.js`, (_req, res) => void res.type('js').send(PAGE_JS));
  router.get(endpoint, (req, res, next) => {
    const html = req.accepts([
      'application/json',
      'application/graphql-response+json',
      'text/html',
    ]);
    if (html !== 'text/html' || req.query.query !== undefined) return next();
    res.type('html').send(page(endpoint));
  });
  return router;
}
