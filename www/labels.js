// The entity labels of spec/annotation-schema.md, in legend order, with names a reader knows.
// Colours live in style.css (one custom property pair per label, light and dark).

/** @type {[string, string, string][]} label → plain-language name, plural (legend) and singular (card) */
export const LABELS = [
  ['PERSON', 'People', 'Person'],
  ['TITLE', 'Titles and roles', 'Title or role'],
  ['ORG', 'Organisations', 'Organisation'],
  ['GPE', 'Countries and cities', 'Country or city'],
  ['LOC', 'Other places', 'Place'],
  ['NORP', 'Nationalities and groups', 'Nationality or group'],
  ['FAC', 'Buildings and facilities', 'Building or facility'],
  ['EVENT', 'Events', 'Event'],
  ['DATE', 'Dates', 'Date'],
  ['TIME', 'Times', 'Time'],
  ['PRODUCT', 'Products', 'Product'],
  ['WORK_OF_ART', 'Works of art', 'Work of art'],
  ['LAW', 'Laws', 'Law'],
  ['LANGUAGE', 'Languages', 'Language'],
  ['MONEY', 'Money', 'Money'],
  ['PERCENT', 'Percentages', 'Percentage'],
  ['QUANTITY', 'Quantities', 'Quantity'],
  ['ORDINAL', 'Ordinals', 'Ordinal'],
  ['CARDINAL', 'Numbers', 'Number'],
];

const NAMES = new Map(LABELS.map(([label, plural, one]) => [label, { plural, one }]));

/** The reader's name for `label` (plural for the legend, else singular), or the label itself. */
export function labelName(label, plural = false) {
  const names = NAMES.get(label);
  return names ? names[plural ? 'plural' : 'one'] : label;
}
