// The example app's build (npm run build:app, also run by the install) and dev server
// (npm run dev:app, which sends /graphql on to a service running on port 4000).
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  root: import.meta.dirname,
  // The service serves the build under /app (src/http/example-app.ts).
  base: '/app/',
  plugins: [react()],
  server: { proxy: { '/graphql': process.env.INTERACTIONS_URL ?? 'http://127.0.0.1:4000' } },
  build: { target: 'es2022', reportCompressedSize: false },
});
