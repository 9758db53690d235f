// A real OpenID provider for the people tests (issue 30): node-oidc-provider, configured the way a
// deployment's authorization server is for connectors: open dynamic client registration (RFC 7591),
// PKCE, resource indicators (RFC 8707) giving JWT access tokens whose audience is the resource asked
// for, and the package's own development interactions (its login and consent pages: any login name is
// the subject), which the tests fill in over HTTP as a browser would.
//
//   node provider.mjs            PORT=… [ISSUER=…] [KEYS_FILE=…] [CLOCK_BEHIND_S=…] [MINTER_SECRET=…]
//
// PORT: where it listens (127.0.0.1 only). ISSUER: the issuer it names (default http://127.0.0.1:PORT).
// KEYS_FILE: its private signing keys; read if the file exists, else a fresh RSA key is made and written
// there (a second instance given the same file signs as the first). CLOCK_BEHIND_S: its clock runs that
// far behind, so every token it issues has already expired. MINTER_SECRET: the secret of a static
// client `minter` allowed the client credentials grant (tokens for any resource without a browser).
// Prints one line `ready ISSUER` once it listens.
import { generateKeyPairSync, randomUUID } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import process from 'node:process';

import Provider from 'oidc-provider';

const port = Number(process.env.PORT);
if (!Number.isInteger(port) || port <= 0) {
  console.error('provider.mjs: set PORT to the port to listen on');
  process.exit(2);
}
const issuer = process.env.ISSUER || `http://127.0.0.1:${port}`;
const behindMs = Number(process.env.CLOCK_BEHIND_S || 0) * 1000;
if (behindMs) {
  const now = Date.now;
  Date.now = () => now() - behindMs; // the provider's every timestamp (iat, exp, expiry of its records)
}

function signingKeys() {
  const file = process.env.KEYS_FILE;
  if (file && existsSync(file)) return JSON.parse(readFileSync(file, 'utf8'));
  // The package's fallback is a development key set shipped inside it: the same for every instance, so
  // "another signer" would not be another. Each instance makes its own key instead.
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const jwks = { keys: [{ ...privateKey.export({ format: 'jwk' }), kid: randomUUID(), use: 'sig', alg: 'RS256' }] };
  if (file) writeFileSync(file, JSON.stringify(jwks), { mode: 0o600 });
  return jwks;
}

const RESOURCE_SCOPES = 'music:read music:render';

const clients = [];
if (process.env.MINTER_SECRET) {
  clients.push({
    client_id: 'minter',
    client_secret: process.env.MINTER_SECRET,
    grant_types: ['client_credentials'],
    response_types: [],
    redirect_uris: [],
    token_endpoint_auth_method: 'client_secret_post',
  });
}

const provider = new Provider(issuer, {
  jwks: signingKeys(),
  clients,
  scopes: ['openid', 'offline_access', ...RESOURCE_SCOPES.split(' ')],
  pkce: { required: () => true },
  features: {
    devInteractions: { enabled: true }, // the package's own login and consent pages
    registration: { enabled: true }, // open dynamic client registration, as Claude uses
    clientCredentials: { enabled: true },
    revocation: { enabled: true },
    resourceIndicators: {
      enabled: true,
      // A client that names no resource gets no access token for one (an opaque userinfo token).
      defaultResource: (ctx, client, oneOf) => (oneOf ? oneOf[0] : undefined),
      useGrantedResource: () => true,
      // Any resource may be asked for; its token is a JWT whose audience is exactly that resource.
      getResourceServerInfo: (ctx, resource) => ({
        scope: RESOURCE_SCOPES,
        audience: resource,
        accessTokenTTL: 10 * 60,
        accessTokenFormat: 'jwt',
        jwt: { sign: { alg: 'RS256' } },
      }),
    },
  },
  findAccount: async (ctx, sub) => ({ accountId: sub, claims: async () => ({ sub }) }),
  ttl: { AccessToken: 10 * 60, AuthorizationCode: 60, Grant: 3600, Interaction: 600, Session: 3600 },
});
provider.proxy = false;

provider.listen(port, '127.0.0.1', () => process.stdout.write(`ready ${issuer}\n`));
for (const signal of ['SIGTERM', 'SIGINT']) process.on(signal, () => process.exit(0));
