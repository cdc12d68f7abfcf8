// Country outlines for the home page's world map, drawn once from Natural Earth (via world-atlas)
// into SVG path data, so the site draws the map with no library, no tiles and no network.
// Run by `make vendor`; writes asmportal/pages/data/world_110m.json (committed).
import { readFileSync, writeFileSync, copyFileSync } from "node:fs";
import { feature } from "topojson-client";
import { geoEqualEarth, geoPath } from "d3-geo";

const WIDTH = 960;
const HEIGHT = 470;
const topology = JSON.parse(readFileSync("node_modules/world-atlas/countries-110m.json", "utf8"));
const countries = feature(topology, topology.objects.countries).features
  .filter((f) => f.id !== "010"); // Antarctica: no artisanal mining, and half the map's height
const projection = geoEqualEarth().fitExtent([[4, 4], [WIDTH - 4, HEIGHT - 4]], { type: "FeatureCollection", features: countries });
const path = geoPath(projection).digits(0);
const shapes = countries.map((f) => ({ m49: f.id ?? null, name: f.properties.name, d: path(f) }));
writeFileSync(
  "asmportal/pages/data/world_110m.json",
  JSON.stringify({ source: "Natural Earth 1:110m via world-atlas 2.0.2", width: WIDTH, height: HEIGHT, countries: shapes }) + "\n",
);
copyFileSync("node_modules/world-atlas/LICENSE", "asmportal/pages/data/world-atlas-LICENSE");
console.log(`world map: ${shapes.length} countries, ${shapes.filter((s) => !s.m49).length} without an ISO code`);
