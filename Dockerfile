# The API image: Node 20 only; Neo4j runs in its own container (see docker-compose.yml), so no Java here.
FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
EXPOSE 4000
# migrate → seed seed/ → serve, against NEO4J_URI
CMD ["npm", "start"]
