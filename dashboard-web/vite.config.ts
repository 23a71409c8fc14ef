/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const gateway = 'http://localhost:8080';

export default defineConfig({
  plugins: [react()],
  // The gateway serves this build at the site root from classpath:/dashboard/.
  base: '/',
  build: {
    // Straight into Maven's output folder, so the jar holds the dashboard under dashboard/.
    outDir: 'target/classes/dashboard',
    emptyOutDir: true,
    rolldownOptions: {
      output: {
        // Libraries change less often than the app: separate chunks stay cached across releases.
        codeSplitting: {
          groups: [
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/ },
            { name: 'mui', test: /node_modules[\\/](@mui|@emotion|@popperjs|react-transition-group)[\\/]/ },
            { name: 'charts', test: /node_modules[\\/](recharts|victory-vendor|d3-[^\\/]+|@reduxjs|react-redux|immer|reselect|es-toolkit|decimal\.js-light)[\\/]/ },
          ],
        },
      },
    },
  },
  server: {
    proxy: {
      '/api': gateway,
      '/actuator': gateway,
      // The live channel: STOMP over WebSocket.
      '/ws': { target: gateway, ws: true },
    },
  },
  test: {
    environment: 'jsdom',
    setupFiles: ['src/test/setup.ts'],
    restoreMocks: true,
    unstubGlobals: true,
    // The shell's tests click through every view; on a shared 2-core machine that takes more than the default 5 s.
    testTimeout: 20_000,
  },
});
