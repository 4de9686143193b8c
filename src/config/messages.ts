import type { BilingualText } from '../engine/types.js';

/** Problems with the configuration, in both languages; `{name}` placeholders come from ConfigError data. */
export const configMessages = {
  notFound: { id: 'berkas konfigurasi tidak ditemukan', en: 'config file not found' },
  unreadable: { id: 'berkas konfigurasi tidak dapat dibaca ({code})', en: 'config file cannot be read ({code})' },
  notJsonFile: {
    id: 'hanya berkas konfigurasi JSON yang didukung',
    en: 'only JSON config files are supported',
  },
  invalidJson: { id: 'bukan JSON yang sah: {detail}', en: 'not valid JSON: {detail}' },
  noPackageKey: {
    id: 'package.json ini tidak memuat kunci "lkjip-lint"',
    en: 'this package.json has no "lkjip-lint" key',
  },
  notObject: {
    id: 'konfigurasi harus berupa objek JSON ({ ... }), bukan {value}',
    en: 'the configuration must be a JSON object ({ ... }), not {value}',
  },
  unknownKey: {
    id: 'kunci tidak dikenal "{key}" (yang dikenal: {known})',
    en: 'unknown key "{key}" (known keys: {known})',
  },
  rulesNotObject: {
    id: '"rules" harus berupa objek, mis. { "id-aturan": "error" }',
    en: '"rules" must be an object, e.g. { "rule-id": "error" }',
  },
  unknownRule: { id: 'aturan tidak dikenal "{rule}"', en: 'unknown rule "{rule}"' },
  badSeverity: {
    id: 'tingkat "{value}" untuk aturan "{rule}" tidak sah (pilihan: off, info, warning, error)',
    en: 'invalid severity "{value}" for rule "{rule}" (choose off, info, warning, error)',
  },
  badRuleValue: {
    id: 'aturan "{rule}": nilai harus berupa tingkat ("error") atau ["error", { opsi }], bukan {value}',
    en: 'rule "{rule}": the value must be a severity ("error") or ["error", { options }], not {value}',
  },
  optionsNotObject: {
    id: 'opsi aturan "{rule}" harus berupa objek, bukan {value}',
    en: 'the options of rule "{rule}" must be an object, not {value}',
  },
  ruleTakesNoOptions: {
    id: 'aturan "{rule}" tidak punya opsi (diberikan "{option}")',
    en: 'rule "{rule}" takes no options (given "{option}")',
  },
  unknownOption: {
    id: 'aturan "{rule}" tidak punya opsi "{option}" (opsi yang ada: {known})',
    en: 'rule "{rule}" has no option "{option}" (available: {known})',
  },
  badOptionType: {
    id: 'opsi "{option}" aturan "{rule}" harus bertipe {type}, bukan {value}',
    en: 'option "{option}" of rule "{rule}" must be a {type}, not {value}',
  },
  badRounding: {
    id: '"rounding" harus "round-or-truncate" atau "round", bukan {value}',
    en: '"rounding" must be "round-or-truncate" or "round", not {value}',
  },
  badLang: { id: '"lang" harus "id" atau "en", bukan {value}', en: '"lang" must be "id" or "en", not {value}' },
  badYear: {
    id: 'tahun harus bilangan bulat antara 1900 dan 2100 (mis. 2023), bukan {value}',
    en: 'the year must be a whole number between 1900 and 2100 (e.g. 2023), not {value}',
  },
  unitNotObject: {
    id: '"unit" harus berupa objek, mis. { "type": "Kecamatan", "name": "Dumai Barat" }, bukan {value}',
    en: '"unit" must be an object, e.g. { "type": "Kecamatan", "name": "Dumai Barat" }, not {value}',
  },
  unitFieldNotText: { id: '"unit.{key}" harus berupa teks, bukan {value}', en: '"unit.{key}" must be text, not {value}' },
  badOverride: {
    id: 'format harus id-aturan:tingkat (mis. sum-total:off), bukan "{value}"',
    en: 'expected rule-id:severity (e.g. sum-total:off), not "{value}"',
  },
} satisfies Record<string, BilingualText>;
