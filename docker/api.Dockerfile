# syntax=docker/dockerfile:1
#
# The API image: NestJS on Fastify, serving /api and, from the same process, the built console
# (/admin/) and directory (/). Build from the repository root:
#
#   docker build -f docker/api.Dockerfile -t partner-enrollment-hub/api .
#
# Context filter: docker/api.Dockerfile.dockerignore (BuildKit's per-Dockerfile ignore file).

# --- manifests: only what `pnpm install` reads, so the install layer is reused until one changes
FROM node:22-bookworm-slim AS manifests
WORKDIR /repo
COPY . .
RUN mkdir /manifests \
 && find . -type f \( -name package.json -o -name pnpm-lock.yaml -o -name pnpm-workspace.yaml -o -name .npmrc \) \
      -exec cp --parents {} /manifests/ \;

# --- build: install the workspace, build the API with its dependencies and both UIs, prune
FROM node:22-bookworm-slim AS build
ENV TURBO_TELEMETRY_DISABLED=1
# pnpm lives in this stage only; the version is the one pinned in package.json's packageManager.
RUN --mount=type=cache,id=npm,target=/root/.npm \
    npm install --global --no-audit --no-fund pnpm@10.34.9
WORKDIR /repo
COPY --from=manifests /manifests/ ./
RUN --mount=type=cache,id=pnpm-store,target=/pnpm/store \
    pnpm install --frozen-lockfile --store-dir /pnpm/store
COPY . .
RUN pnpm exec turbo run build --filter=@hub/api... --filter=@hub/admin --filter=@hub/directory
# A self-contained copy of @hub/api with production dependencies only (@hub/domain included,
# @hub/devstack and every devDependency left out). The build compiles src/ only: the demo-data
# loader in apps/api/dev/ (the one user of @hub/devstack) is neither built nor shipped. --legacy: the workspace does not inject
# workspace packages, which pnpm 10's default deploy requires.
RUN --mount=type=cache,id=pnpm-store,target=/pnpm/store \
    pnpm --filter=@hub/api deploy --prod --legacy --store-dir /pnpm/store /out/api \
 && rm -rf /out/api/src /out/api/dev /out/api/test /out/api/tsconfig*.json /out/api/*.tsbuildinfo /out/api/jest.config.*

# --- runtime: Node, tini, the pruned API and the built UIs; no pnpm, no sources, no dev tools
FROM node:22-bookworm-slim AS runtime
# tini as PID 1 forwards SIGTERM/SIGINT to Node (graceful shutdown) and reaps zombies, so the
# image behaves the same under `docker run`, compose and Kubernetes without `--init`.
# Not version-pinned (ER0012): Debian security updates replace exact versions in the archive, so a
# pin breaks the build; the base image tag pins the release.
# linter ignore=ER0012
RUN apt-get update \
 && apt-get install -y --no-install-recommends tini \
 && rm -rf /var/lib/apt/lists/*
# HOST: listen on every interface of the container (the API's default is loopback only).
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=3000 \
    ADMIN_DIST_DIR=/app/apps/admin/dist \
    DIRECTORY_DIST_DIR=/app/apps/directory/dist
WORKDIR /app/apps/api
# Files stay owned by root: the `node` user can read them but not change them.
COPY --from=build /out/api ./
COPY --from=build /repo/apps/admin/dist /app/apps/admin/dist
COPY --from=build /repo/apps/directory/dist /app/apps/directory/dist
USER node
EXPOSE 3000
# Liveness (/api/health/live: the process answers), not readiness: an orchestrator may restart an
# unhealthy container, and neither a database outage nor a drain is cured by a restart. Compose
# overrides it with readiness for the API replicas and a heartbeat check for the worker.
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 3000) + '/api/health/live').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
ENTRYPOINT ["/usr/bin/tini", "--"]
CMD ["node", "dist/main.js"]
