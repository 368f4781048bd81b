FROM node:22-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
RUN npm run build && npm prune --omit=dev

FROM node:22-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY --from=build /app/workflows ./workflows
COPY package.json ./
# The local file store's directory, owned by the application's user so that a volume mounted there is writable.
RUN mkdir -p var/files && chown node:node var/files
USER node
