#!/usr/bin/env node
// Reads a manifest with office-addin-manifest (which jest cannot load: see jest.config.cjs) and
// prints what test/manifest.test.ts asserts, as JSON.
const fs = require('node:fs');
const xml2js = require('xml2js');
const manifest = require('office-addin-manifest');

/** Every element named `name` anywhere under `node` (an xml2js tree). */
function elementsNamed(node, name, found = []) {
  if (Array.isArray(node)) node.forEach((child) => elementsNamed(child, name, found));
  else if (node && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      if (key === name) found.push(...value);
      if (key !== '$') elementsNamed(value, name, found);
    }
  }
  return found;
}

async function main(file) {
  const info = await manifest.OfficeAddinManifest.readManifestFile(file);
  const text = fs.readFileSync(file, 'utf8');
  const xml = await xml2js.parseStringPromise(text);
  const app = xml.OfficeApp;
  const sets = manifest
    .getXmlElements(manifest.getXmlElement(app.Requirements[0], 'Sets'), 'Set')
    .map((set) => ({
      name: manifest.getXmlAttributeValue(set, 'Name'),
      minVersion: manifest.getXmlAttributeValue(set, 'MinVersion'),
    }));
  const host = app.VersionOverrides[0].Hosts[0].Host[0];
  const resources = app.VersionOverrides[0].Resources[0];
  const strings = manifest.getXmlElements(
    manifest.getXmlElement(resources, 'bt:ShortStrings'),
    'bt:String',
  );
  const namespaceId = manifest.getXmlElementAttributeValue(
    host.AllFormFactors[0].ExtensionPoint[0],
    'Namespace',
    'resid',
  );
  const namespace = strings.find((s) => manifest.getXmlAttributeValue(s, 'id') === namespaceId);
  const runtime = host.Runtimes[0].Runtime[0];
  // The XSD fixes the order of elements; xml2js drops it unless asked to keep it.
  const ordered = await xml2js.parseStringPromise(text, {
    explicitChildren: true,
    preserveChildrenOrder: true,
  });
  const childNames = (element) => (element.$$ ?? []).map((child) => child['#name']);
  const orderedOverrides = ordered.OfficeApp.$$.find((c) => c['#name'] === 'VersionOverrides');
  const orderedHosts = orderedOverrides.$$.find((c) => c['#name'] === 'Hosts');
  console.log(
    JSON.stringify({
      info,
      sets,
      namespace: namespace && manifest.getXmlAttributeValue(namespace, 'DefaultValue'),
      runtimeLifetime: manifest.getXmlAttributeValue(runtime, 'lifetime'),
      actions: elementsNamed(app, 'Action').map((action) => ({
        type: action.$?.['xsi:type'],
        children: Object.keys(action).filter((key) => key !== '$'),
      })),
      order: {
        officeApp: childNames(ordered.OfficeApp),
        versionOverrides: childNames(orderedOverrides),
        host: childNames(orderedHosts.$$[0]),
      },
      urls: [
        ...new Set(
          text
            .match(/https?:\/\/[^"<\s]+/g)
            .filter((u) => !/^http:\/\/(schemas\.microsoft\.com|www\.w3\.org)\//.test(u)),
        ),
      ],
      overrideLocales: [...new Set([...text.matchAll(/Locale="([^"]+)"/g)].map((m) => m[1]))],
    }),
  );
}

main(process.argv[2]).catch((error) => {
  console.error(error);
  process.exit(1);
});
