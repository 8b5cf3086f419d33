/**
 * The information clause on personal data (RODO, art. 13 GDPR) printed under an attendance list. An office
 * words its own in the settings (key `rodo.clause`); this default names the office as the controller.
 */
import type { Knex } from 'knex';
import { quoted, RODO_SETTING_KEYS } from '../../../preload/contract';
import { DEFAULT_OFFICE_NAME, officeName, readSetting } from '../office';

export function defaultRodoClause(officeName: string, projectName: string | null): string {
  const project = projectName ? `projektu ${quoted(projectName)}` : 'projektu';
  const projectAccusative = projectName ? `projekt ${quoted(projectName)}` : 'projekt współfinansowany z Europejskiego Funduszu Społecznego';
  return [
    'Klauzula informacyjna dotycząca przetwarzania danych osobowych',
    [
      'Zgodnie z art. 13 ust. 1 i 2 rozporządzenia Parlamentu Europejskiego i Rady (UE) 2016/679 z dnia 27 kwietnia 2016 r. (RODO) informujemy, że:',
      `1) administratorem danych osobowych uczestników jest ${officeName}${officeName === DEFAULT_OFFICE_NAME ? ' (ROPS/RCPS) samorządu województwa' : ''} – instytucja realizująca ${projectAccusative};`,
      `2) dane (imię i nazwisko, instytucja, podpis) przetwarzamy w celu udokumentowania wsparcia udzielonego w ramach ${project} oraz jego rozliczenia, monitorowania, kontroli, audytu i ewaluacji, na podstawie art. 6 ust. 1 lit. c i e RODO, w związku z przepisami o realizacji programów współfinansowanych z Europejskiego Funduszu Społecznego;`,
      '3) dane mogą zostać przekazane instytucjom zarządzającym i pośredniczącym programu oraz podmiotom, które na ich zlecenie prowadzą kontrole, audyty i ewaluację; dane uczestników wprowadza się do systemu teleinformatycznego sprawozdawczości EFS (SL2014 / CST2021) w zakresie, którego wymagają przepisy;',
      '4) dane przechowujemy przez okres rozliczenia i archiwizacji dokumentacji projektu, wymagany przepisami i umową o dofinansowanie;',
      '5) każda osoba, której dane dotyczą, ma prawo dostępu do swoich danych, ich sprostowania, ograniczenia przetwarzania, wniesienia sprzeciwu oraz – w przypadkach przewidzianych prawem – ich usunięcia, a także prawo wniesienia skargi do Prezesa Urzędu Ochrony Danych Osobowych;',
      '6) podanie danych jest dobrowolne, lecz niezbędne do udokumentowania udziału w wydarzeniu i wydania zaświadczenia; dane nie służą zautomatyzowanemu podejmowaniu decyzji ani profilowaniu i nie są przekazywane do państw trzecich.',
    ].join('\n'),
  ].join('\n\n');
}

/** The office's own clause from the settings, else the default one. */
export async function rodoClause(db: Knex, projectName: string | null): Promise<string> {
  const own = await readSetting(db, RODO_SETTING_KEYS.clause);
  if (own) return own;
  return defaultRodoClause(await officeName(db), projectName);
}
