/**
 * District names found in police.uk LSOA names that are not a district or CSP name of ONS's December 2024
 * lookup, with the district (LAD24NM) that covers them today. Only for finding a district's CSP and
 * force: the tables keep the name the data use (a 2022 North Yorkshire file still shows Harrogate).
 *
 * Built from ONS's own lookups: every LSOA name prefix of the 2011 and 2021 LSOA lookups not in the
 * LAD24/CSP24 names, with the district ONS gives its LSOAs (test/core/areas/former-districts.test.ts
 * checks it against them), plus names older than those editions (Shepway, renamed 2018; Rhondda Cynon
 * Taff, ONS's spelling before 2009). Mergers: Dorset and Suffolk 2019, Northamptonshire 2021, North
 * Yorkshire and Somerset 2023; the Buckinghamshire, Cumbria and East/West Northamptonshire districts
 * are CSP names and need no entry.
 */
export const FORMER_DISTRICTS: Readonly<Record<string, string>> = Object.freeze({
  Bristol: "Bristol, City of",
  Christchurch: "Bournemouth, Christchurch and Poole",
  Craven: "North Yorkshire",
  Daventry: "West Northamptonshire",
  "East Dorset": "Dorset",
  "Forest Heath": "West Suffolk",
  Hambleton: "North Yorkshire",
  Harrogate: "North Yorkshire",
  Herefordshire: "Herefordshire, County of",
  "Kingston upon Hull": "Kingston upon Hull, City of",
  Mendip: "Somerset",
  "North Dorset": "Dorset",
  Purbeck: "Dorset",
  "Rhondda Cynon Taff": "Rhondda Cynon Taf",
  Richmondshire: "North Yorkshire",
  Ryedale: "North Yorkshire",
  Scarborough: "North Yorkshire",
  Sedgemoor: "Somerset",
  Selby: "North Yorkshire",
  Shepway: "Folkestone and Hythe",
  "Somerset West and Taunton": "Somerset",
  "South Northamptonshire": "West Northamptonshire",
  "South Somerset": "Somerset",
  "St Edmundsbury": "West Suffolk",
  "Taunton Deane": "Somerset",
  "The Vale of Glamorgan": "Vale of Glamorgan",
  "West Dorset": "Dorset",
  "West Somerset": "Somerset",
  "Weymouth and Portland": "Dorset",
});
