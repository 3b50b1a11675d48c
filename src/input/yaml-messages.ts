/** The yaml package's errors in the words rocks uses, for both readers. */

/** The yaml package's error, in plainer words where rocks has them. */
export function describeYamlError(code: string, message: string): string {
  switch (code) {
    case 'DUPLICATE_KEY':
      return 'duplicate key: a mapping must not repeat a key (the second would silently replace the first)';
    case 'TAB_AS_INDENT':
      return 'tab used for indentation; YAML indents with spaces';
    case 'MULTIPLE_DOCS':
      return 'several YAML documents in one file; an org file holds one (split it into files of a folder)';
    default: {
      const text = message.replace(/\s+at line \d+, column \d+.*$/s, '');
      const plain = text.charAt(0).toLowerCase() + text.slice(1);
      // The usual cause: a title such as `Incident review: 2 June` read as a key and a value.
      return /nested mappings are not allowed in compact mappings|implicit map keys need to be followed by map values/i.test(text)
        ? `${plain}; text that contains ": " must be quoted, as in title: "Incident review: 2 June"`
        : plain;
    }
  }
}
