#!/usr/bin/env node
// Print the C2PA verdict of an image as JSON, using the reference implementation
// (c2pa-rs compiled to WebAssembly, npm @contentauth/c2pa-wasm 0.13.3).
// Usage: node c2pa-verdict.mjs FILE [--trust-anchors PEM]   (after npm ci in this folder; see SOURCE.md)
// Exit: 0 = verdict printed (including {"state":"none"}), 2 = script error.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { webcrypto } from 'node:crypto';
import { initSync, WasmReader } from '@contentauth/c2pa-wasm';

// The wasm-bindgen glue calls globalThis.crypto.getRandomValues; Node 18 only has it under a flag.
globalThis.crypto ??= webcrypto;
// Stay offline so verdicts are reproducible: c2pa-rs would otherwise fetch() e.g. a CAWG
// identity issuer's did:web document (adobe_connected_identities.jpg), remote manifests, etc.
globalThis.fetch = async (req) => { throw new TypeError(`network disabled (${req?.url ?? req})`); };

function fail(message) {
  console.error(`c2pa-verdict: ${message}`);
  process.exit(2);
}

const args = process.argv.slice(2);
let file;
let anchorsPath;
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--trust-anchors') anchorsPath = args[++i] ?? fail('--trust-anchors needs a PEM file');
  else if (file === undefined && !args[i].startsWith('--')) file = args[i];
  else fail(`unexpected argument ${args[i]}`);
}
if (file === undefined) fail('usage: node c2pa-verdict.mjs FILE [--trust-anchors PEM]');

try {
  // The default init() needs bytes or a URL to fetch() (Node can't fetch file:), so pass the bytes.
  const wasmPath = createRequire(import.meta.url).resolve('@contentauth/c2pa-wasm/c2pa.wasm');
  initSync({ module: readFileSync(wasmPath) });

  // Settings JSON for c2pa-rs Context::with_settings. Unknown keys and non-PEM text are
  // silently ignored by c2pa-rs, so check the PEM here.
  let context = null;
  if (anchorsPath !== undefined) {
    const pem = readFileSync(anchorsPath, 'utf8');
    if (!pem.includes('-----BEGIN CERTIFICATE-----')) fail(`${anchorsPath}: no PEM certificate`);
    context = JSON.stringify({ verify: { verify_trust: true }, trust: { trust_anchors: pem } });
  }

  const bytes = readFileSync(file);
  const format = file.split('.').pop().toLowerCase(); // c2pa-rs accepts an extension or a MIME type
  let reader;
  try {
    reader = await WasmReader.fromBytes(format, bytes, context);
  } catch (e) {
    // Errors come back as plain strings such as "C2pa(JumbfNotFound)".
    if (/JumbfNotFound|ProvenanceMissing/.test(String(e))) {
      console.log(JSON.stringify({ state: 'none' }));
      process.exit(0);
    }
    throw e;
  }

  const store = reader.manifestStore();
  const active = store.manifests?.[store.active_manifest] ?? {};
  const trainingMining = {};
  for (const assertion of active.assertions ?? []) {
    if (!/^(c2pa|cawg)\.training-mining/.test(assertion.label)) continue;
    trainingMining[assertion.label] = Object.fromEntries(
      Object.entries(assertion.data?.entries ?? {}).map(([key, value]) => [key, value.use]),
    );
  }

  console.log(JSON.stringify({
    state: store.validation_state,
    // validation_status: the failure codes of the active manifest and of its ingredients.
    failures: (store.validation_status ?? []).map((status) => status.code),
    trainingMining,
    signatureAlgorithm: active.signature_info?.alg?.toUpperCase() ?? null,
    manifestCount: Object.keys(store.manifests ?? {}).length,
  }));
  reader.free();
} catch (e) {
  fail(e instanceof Error ? e.message : String(e));
}
