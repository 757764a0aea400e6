# The API image: Node 20 only; Neo4j runs in its own container (see docker-compose.yml), so no Java here.
# test/prod/production-image.int.test.ts replays these COPY/RUN/ENV steps in a temporary folder and
# starts `policy-graph serve` from it: the image's dependency set is tested, not assumed.
FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production
COPY package.json package-lock.json ./
# Production dependencies only: tsx runs the TypeScript, vite builds the dashboard.
RUN npm ci --omit=dev --no-audit --no-fund
COPY tsconfig.json ./
COPY bin ./bin
COPY src ./src
COPY cypher ./cypher
COPY graphql ./graphql
COPY seed ./seed
# Built once here, so a container starts without a Vite build.
RUN npm run build:dashboard
EXPOSE 4000
# migrate → seed seed/ → serve, against NEO4J_URI; node is PID 1 and gets SIGTERM itself.
CMD ["node", "bin/policy-graph.js", "start"]
