// Every script in build/ answers --help (or -h) with its usage, and refuses arguments it does not take
// instead of ignoring them.
export function usage(text, { passThrough = false } = {}) {
  const args = process.argv.slice(2);
  if (args.includes('--help') || args.includes('-h')) {
    process.stdout.write(`${text}\n`);
    process.exit(0);
  }
  if (!passThrough && args.length > 0) {
    process.stderr.write(`Unknown argument: ${args[0]}\n\n${text}\n`);
    process.exit(2);
  }
}
