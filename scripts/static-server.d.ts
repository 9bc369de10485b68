import type { Server } from "http";

/** Types of static-server.js, for the TypeScript tests that serve dist/ with it. */
export function serveFolder(root: string, port?: number, host?: string): Promise<{ server: Server; url: string }>;
