/**
 * Polish official identifiers: pure checks shared by forms, the contract and imports.
 * Weights from the GUS (REGON) and Ministry of Finance (NIP) specifications.
 */

function digitsOf(value: string): number[] {
  return [...value].map(Number);
}

function weightedSum(digits: number[], weights: number[]): number {
  return weights.reduce((sum, weight, i) => sum + weight * digits[i]!, 0);
}

/** Removes the spaces and hyphens people type into identifiers ("123-456-32-18"). */
export function compactIdentifier(value: string): string {
  return value.replace(/[\s-]/g, '');
}

export function isValidNip(value: string): boolean {
  const nip = compactIdentifier(value);
  if (!/^\d{10}$/.test(nip)) return false;
  const digits = digitsOf(nip);
  const check = weightedSum(digits, [6, 5, 7, 2, 3, 4, 5, 6, 7]) % 11;
  return check !== 10 && check === digits[9];
}

export function isValidRegon(value: string): boolean {
  const regon = compactIdentifier(value);
  if (/^\d{9}$/.test(regon)) {
    const digits = digitsOf(regon);
    return (weightedSum(digits, [8, 9, 2, 3, 4, 5, 6, 7]) % 11) % 10 === digits[8];
  }
  if (/^\d{14}$/.test(regon)) {
    const digits = digitsOf(regon);
    // A 14-digit REGON (a local unit) starts with its parent's valid 9-digit REGON.
    return (
      isValidRegon(regon.slice(0, 9)) &&
      (weightedSum(digits, [2, 4, 8, 5, 0, 9, 7, 3, 6, 1, 2, 4, 8]) % 11) % 10 === digits[13]
    );
  }
  return false;
}

export function isValidPostalCode(value: string): boolean {
  return /^\d{2}-\d{3}$/.test(value);
}
