/** Entry point of the `kooperator` executable. */
import { runCli } from './program';

// A reader that stops early (`kooperator export | head -1`) closes the pipe: that ends the command quietly, as it
// does for the shell's own tools, instead of with a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

runCli(process.argv.slice(2), {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
}).then((code) => {
  process.exitCode = code;
});
