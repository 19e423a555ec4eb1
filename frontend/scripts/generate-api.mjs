// Generates the typed API schema from the committed OpenAPI document.
//
//   node scripts/generate-api.mjs           write src/api/generated/schema.d.ts
//   node scripts/generate-api.mjs --check   regenerate into a temporary file and fail
//                                           when the committed schema differs
//
// ISHENIM_OPENAPI_SPEC may point at another spec file (default: ../openapi/openapi.json).
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import openapiTS, { astToString } from "openapi-typescript";
import ts from "typescript";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const specPath = resolve(root, process.env.ISHENIM_OPENAPI_SPEC ?? "../openapi/openapi.json");
const outPath = join(root, "src/api/generated/schema.d.ts");
const check = process.argv.includes("--check");
const BLOB = ts.factory.createTypeReferenceNode(ts.factory.createIdentifier("Blob"));

const HEADER = `/**
 * Generated from openapi/openapi.json by \`npm run generate\`. Do not edit by hand.
 */

`;

async function render() {
  if (!existsSync(specPath)) {
    console.error(`OpenAPI document not found: ${specPath}`);
    process.exit(1);
  }
  const ast = await openapiTS(pathToFileURL(specPath), {
    // A file's bytes (`format: binary`) are sent and read as a Blob, not as a string.
    transform(schemaObject) {
      if (schemaObject.format === "binary") return BLOB;
      return undefined;
    },
  });
  return HEADER + astToString(ast);
}

const generated = await render();

if (!check) {
  writeFileSync(outPath, generated);
  console.log(`wrote ${relative(process.cwd(), outPath)}`);
  process.exit(0);
}

const tmp = mkdtempSync(join(tmpdir(), "ishenim-schema-"));
try {
  const tmpPath = join(tmp, "schema.d.ts");
  writeFileSync(tmpPath, generated);
  const fresh = readFileSync(tmpPath, "utf8");
  const committed = existsSync(outPath) ? readFileSync(outPath, "utf8") : null;
  if (committed !== fresh) {
    console.error(
      `${relative(process.cwd(), outPath)} is out of date with ${relative(process.cwd(), specPath)}.\n` +
        "Run `npm run generate` in frontend/ and commit the result.",
    );
    process.exit(1);
  }
  console.log("generated API schema is up to date");
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
