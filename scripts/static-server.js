/* A small static file server for dist/, used by `npm start` where Excel cannot sideload and by
 * `npm run playground`. It serves files only, listens on the loopback address only, and never
 * forwards a request anywhere. */
const fs = require("fs");
const http = require("http");
const path = require("path");

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json",
  ".css": "text/css",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".xml": "application/xml",
  ".map": "application/json",
  ".gz": "application/gzip",
  ".csv": "text/csv; charset=utf-8",
  ".wasm": "application/wasm",
};

/** Serves `root` on 127.0.0.1:`port` (0 picks a free port); resolves with the server and its base URL. */
function serveFolder(root, port = 0, host = "127.0.0.1") {
  const base = path.resolve(root);
  const server = http.createServer((request, response) => {
    const urlPath = decodeURIComponent(new URL(request.url, "http://localhost").pathname);
    const file = path.join(base, urlPath === "/" ? "playground.html" : urlPath);
    if (!file.startsWith(base) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      response.writeHead(404, { "Content-Type": "text/plain" });
      response.end("Not found");
      return;
    }
    response.writeHead(200, { "Content-Type": TYPES[path.extname(file)] || "application/octet-stream" });
    fs.createReadStream(file).pipe(response);
  });
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () =>
      resolve({ server, url: `http://${host === "127.0.0.1" ? "localhost" : host}:${server.address().port}/` }),
    );
  });
}

module.exports = { serveFolder };
