# syntax=docker/dockerfile:1
# One image for every Node service of FieldLoop (subgraphs, gateway, portal server); each compose
# service picks what to run with its own `command` and `working_dir`.
#
#   docker build -t fieldloop .          (docker compose builds it as fieldloop:local)

ARG NODE_IMAGE=node:20-bookworm-slim

# ---- build: the whole workspace with dev dependencies, compiled by tsc -b ----------------
FROM ${NODE_IMAGE} AS build
# Keep in step with "packageManager" in package.json. corepack is not used (its signature
# check fails in our environment), so pnpm comes from npm at the pinned version.
ARG PNPM_VERSION=10.34.9
RUN npm install --global "pnpm@${PNPM_VERSION}" && pnpm --version
WORKDIR /app
# Manifests first, so the dependency layer is reused while only sources change.
COPY package.json pnpm-lock.yaml pnpm-workspace.yaml ./
RUN pnpm fetch --frozen-lockfile
COPY . .
RUN pnpm install --frozen-lockfile --offline \
 && pnpm run build
# Swap every node_modules for production dependencies only, from the store fetched above
# (`pnpm install --prod` over a full install unlinks dev dependencies but leaves them in
# node_modules/.pnpm, hence the fresh install). dist/ folders stay.
RUN find . -name node_modules -type d -prune -exec rm -rf {} + \
 && pnpm install --frozen-lockfile --offline --prod

# ---- runtime: compiled output and production dependencies only ---------------------------
FROM ${NODE_IMAGE} AS runtime
# NODE_OPTIONS: the V8 flags of every server process, as SERVER_NODE_FLAGS in
# packages/platform/src/processes.ts says why.
ENV NODE_ENV=production \
    NODE_OPTIONS=--max-semi-space-size=64 \
    HOST=0.0.0.0 \
    FIELDLOOP_TIME_ZONE=Asia/Shanghai
WORKDIR /app
COPY --from=build --chown=node:node /app /app
USER node
# The customers subgraph by default; docker-compose.yml sets the command of each service.
EXPOSE 4000 4001 5173
CMD ["node", "services/customers/dist/main.js"]
