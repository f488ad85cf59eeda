// Demonym forms the curated sources give one of: Spanish feminine and plurals, French
// lower-case adjectives, English plurals.

/**
 * Spanish demonym forms from the masculine singular: argentino → argentina, argentinos,
 * argentinas; japonés → japonesa, japoneses, japonesas; alemán → alemanes; iraní → iraníes;
 * belga, estadounidense → belgas, estadounidenses.
 */
export function spanishForms(m) {
  const unaccent = (s) => s.normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC');
  let f = m;
  let plural;
  if (/o$/.test(m)) {
    f = `${m.slice(0, -1)}a`;
    plural = `${m}s`;
  } else if (/[áéíóú][sn]$/.test(m)) {
    // japonés → japonesa, japoneses; alemán → alemana, alemanes: the stress mark goes.
    f = `${unaccent(m)}a`;
    plural = `${unaccent(m)}es`;
  } else if (/[íú]$/.test(m)) plural = `${m}es`;
  else if (/[aei]$/.test(m)) plural = `${m}s`;
  else if (/l$/.test(m)) {
    f = `${m}a`;
    plural = `${m}es`;
  } else plural = `${m}es`;
  const forms = [m, f, plural];
  if (f !== m) forms.push(`${f}s`);
  return forms;
}

/** French adjectives are lower case in running text ("le ministre argentin"), plural too. */
export function frenchForms(demonym) {
  if (!demonym || /\s/.test(demonym)) return [];
  const fixes = { emirien: 'émirien', emirienne: 'émirienne', 'neo-zélandais': 'néo-zélandais', 'neo-zélandaise': 'néo-zélandaise' };
  const lower = fixes[demonym.toLowerCase()] ?? demonym.toLowerCase();
  return [lower, /[sx]$/.test(lower) ? lower : `${lower}s`];
}

/** "Argentines", "Iraqis"; not "Frenchs", "Chineses" nor "Malagasys" (same in the plural). */
const ENGLISH_NO_PLURAL = /(?:s|sh|ch|ese|z|y)$|^(?:Mosotho|Motswana|Djibouti|I-Kiribati|Ni-Vanuatu|Tadzhik|Vatican)$|[, ]or |,/u;
export const englishPlural = (demonym) => (!demonym || ENGLISH_NO_PLURAL.test(demonym) ? [] : [`${demonym}s`]);
