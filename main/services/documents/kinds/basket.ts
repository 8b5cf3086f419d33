/** Lokalny koszyk usług: the services a partnership's members offer, as a table by institution. */
import type { PartnershipDetail } from '../../../../preload/contract';
import type { MarkdownDocument } from '../printable';
import { escapeMarkdown } from '../template';

export interface BasketData {
  partnership: Pick<PartnershipDetail, 'name' | 'territoryName'> & {
    offers: readonly Pick<PartnershipDetail['offers'][number], 'institutionName' | 'service' | 'targetGroup' | 'contact' | 'terms'>[];
  };
  /** The partnership's project's logo strip. */
  logo: Uint8Array | null;
}

export function basketDocument({ partnership, logo }: BasketData): MarkdownDocument {
  const cell = (text: string | null) => escapeMarkdown(text ?? '—').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
  const rows = partnership.offers.map((offer, i) => `| ${i + 1} | ${cell(offer.institutionName)} | ${cell(offer.service)} | ${cell(offer.targetGroup)} | ${cell(offer.contact)} | ${cell(offer.terms)} |`);
  const markdown = [
    `# Lokalny koszyk usług`,
    `**${escapeMarkdown(partnership.name)}**${partnership.territoryName ? ` – ${escapeMarkdown(partnership.territoryName)}` : ''}`,
    partnership.offers.length === 0
      ? 'Członkowie partnerstwa nie zgłosili jeszcze usług do koszyka.'
      : ['| Lp. | Instytucja | Usługa | Grupa docelowa | Kontakt | Warunki |', '|---|---|---|---|---|---|', ...rows].join('\n'),
  ].join('\n\n');
  return { title: 'Lokalny koszyk usług', fileStem: `koszyk usług ${partnership.name}`, markdown, logo, footerText: partnership.name };
}
