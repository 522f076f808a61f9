# syntax=docker/dockerfile:1
#
# The public directory (Vite + React) as static files behind nginx, served at /, with /api/
# proxied to the API. Build from the repository root:
#
#   docker build -f docker/directory.Dockerfile -t partner-enrollment-hub/directory .
#
# Runtime settings (environment): API_UPSTREAM (default http://api:3000).

# --- manifests: only what `pnpm install` reads, so the install layer is reused until one changes
FROM node:22-bookworm-slim AS manifests
WORKDIR /repo
COPY . .
RUN mkdir /manifests \
 && find . -type f \( -name package.json -o -name pnpm-lock.yaml -o -name pnpm-workspace.yaml -o -name .npmrc \) \
      -exec cp --parents {} /manifests/ \;

# --- build: install and build @hub/directory and what it depends on (@hub/domain), nothing else
FROM node:22-bookworm-slim AS build
RUN --mount=type=cache,id=npm,target=/root/.npm \
    npm install --global --no-audit --no-fund pnpm@10.34.9
WORKDIR /repo
COPY --from=manifests /manifests/ ./
RUN --mount=type=cache,id=pnpm-store,target=/pnpm/store \
    pnpm install --frozen-lockfile --store-dir /pnpm/store --filter=@hub/directory...
COPY . .
RUN pnpm --filter=@hub/directory... run build

# --- runtime: unprivileged nginx (uid 101, port 8080)
FROM nginxinc/nginx-unprivileged:1.29-alpine AS runtime
ENV API_UPSTREAM=http://api:3000 \
    NGINX_ENTRYPOINT_LOCAL_RESOLVERS=1
# The image's entrypoint renders templates with envsubst into /etc/nginx/conf.d/ at start-up.
COPY docker/nginx/directory.conf /etc/nginx/templates/default.conf.template
COPY --from=build /repo/apps/directory/dist /usr/share/nginx/html
USER 101
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=5s --start-period=10s --retries=3 \
  CMD ["wget", "-q", "-O", "/dev/null", "http://127.0.0.1:8080/healthz"]
