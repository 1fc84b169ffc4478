// Serves the example app (examples/vanilla) with Vite on http://127.0.0.1:5173, straight from src/.
import { createDemoServer } from './demo-server.mjs';

const server = await createDemoServer({ host: process.env.HOST, port: Number(process.env.PORT ?? 5173) });
await server.listen();
server.printUrls();
console.log('\nWaymark demo is running. Press Ctrl+C to stop.');
