// The webhook benchmark's peer: the smallest Node endpoint a shop would write with
// Shopify's own library. It validates each delivery (HMAC over the raw body, the
// X-Shopify-* headers) with webhooks.validate and answers 200, or 401 when invalid.
// It stores nothing: it is the upper bound of a Node intake, not its equal.
//   node server.mjs PORT SECRET   (prints "listening PORT" once it listens)
import '@shopify/shopify-api/adapters/node';
import { shopifyApi, ApiVersion, LogSeverity } from '@shopify/shopify-api';
import http from 'node:http';

const port = Number(process.argv[2] || 0);
const secret = process.argv[3] || 'bench-secret';

const shopify = shopifyApi({
  apiKey: 'bench-key',
  apiSecretKey: secret,
  hostName: '127.0.0.1',
  apiVersion: ApiVersion.October24,
  isEmbeddedApp: false,
  logger: { level: LogSeverity.Error },
});

const server = http.createServer((req, res) => {
  const chunks = [];
  req.on('data', (chunk) => chunks.push(chunk));
  req.on('end', async () => {
    const rawBody = Buffer.concat(chunks).toString('utf8');
    const check = await shopify.webhooks.validate({ rawBody, rawRequest: req, rawResponse: res });
    res.writeHead(check.valid ? 200 : 401, { 'Content-Type': 'application/json' });
    res.end(check.valid ? '{"status":"accepted"}' : '{"error":"invalid webhook"}');
  });
});
server.keepAliveTimeout = 60000;
server.listen(port, '127.0.0.1', () => console.log(`listening ${server.address().port}`));
