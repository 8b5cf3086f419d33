/**
 * Photos and a signed scan for the demonstration register, so a new user sees captioned photos on an event's page,
 * a photo page at the end of the summary and a complete event's folder. The exchange file carries no bytes, so
 * `kooperator demo` adds these after importing the demonstration document: pictures drawn here (a colour field with a
 * band, PNG), a scanned list as a one-page PDF; each through the events' own service (stored, checked, audited).
 */
import { crc32, deflateSync } from 'node:zlib';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import type { ServiceContext } from '../context';
import { addAttachment } from '../events';

function pngChunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body) >>> 0);
  return Buffer.concat([length, body, crc]);
}

/** A real PNG of `width` × `height`: a colour field crossed by a darker diagonal band. */
export function drawnPicture(width: number, height: number, colour: readonly [number, number, number]): Uint8Array {
  const rows: Buffer[] = [];
  for (let y = 0; y < height; y++) {
    const row = Buffer.alloc(1 + width * 3);
    for (let x = 0; x < width; x++) {
      const band = Math.abs(x / width - y / height) < 0.12;
      for (let c = 0; c < 3; c++) row[1 + x * 3 + c] = band ? Math.round(colour[c]! * 0.45) : colour[c]!;
    }
    rows.push(row);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 2; // truecolour RGB
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return new Uint8Array(Buffer.concat([signature, pngChunk('IHDR', header), pngChunk('IDAT', deflateSync(Buffer.concat(rows))), pngChunk('IEND', Buffer.alloc(0))]));
}

/** A PDF of A4 pages with a line of text each (the standard font has no Polish letters: ASCII only). */
export async function textPdf(lines: readonly string[]): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  for (const line of lines) pdf.addPage([595.28, 841.89]).drawText(line, { x: 60, y: 760, size: 14, font });
  return pdf.save();
}

const base64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');

const CAPTIONS: Record<string, string> = {
  pzk_meeting: 'Spotkanie zespołu PZK – praca nad planem działań',
  workshop: 'Warsztat kooperacyjny – praca w grupach',
  training: 'Szkolenie dla pracowników OPS',
};

/**
 * The first held meeting, workshop and training of the register get a captioned photo each, chosen for the summary,
 * and the meeting its signed attendance list as a scan (not again where an event has files). Returns how many were added.
 */
export async function addDemoPhotos(ctx: ServiceContext): Promise<number> {
  let added = 0;
  const colours = [
    [70, 130, 180],
    [60, 150, 90],
    [200, 120, 50],
  ] as const;
  for (const [i, type] of Object.keys(CAPTIONS).entries()) {
    const event = (await ctx.db('events').where({ type, status: 'held' }).orderBy([{ column: 'starts_at' }, { column: 'id' }]).first('id', 'place', 'starts_at')) as
      | { id: string; place: string | null; starts_at: string }
      | undefined;
    // Loaded again into the same database, the demo adds nothing twice.
    if (!event || (await ctx.db('event_attachments').where({ event_id: event.id }).first('id'))) continue;
    // The town: the last part of the place ("Sala konferencyjna MOPS Będzin, ul. Dworcowa 16, Będzin").
    const town = event.place?.split(',').pop()?.trim();
    const caption = town ? `${CAPTIONS[type]}, ${town}` : CAPTIONS[type]!;
    const file = { fileName: `zdjęcie ${i + 1}.png`, contentBase64: base64(drawnPicture(480, 320, colours[i]!)) };
    await addAttachment(ctx.db, ctx.filesDir, { eventId: event.id, file, kind: 'photo', caption, takenOn: null, inSummary: true });
    added++;
    if (type === 'pzk_meeting') {
      const scan = { fileName: 'lista obecności – podpisana.pdf', contentBase64: base64(await textPdf(['LISTA OBECNOSCI - SKAN PODPISANEJ LISTY'])) };
      await addAttachment(ctx.db, ctx.filesDir, { eventId: event.id, file: scan, kind: 'signed_list', caption: null, takenOn: null });
      added++;
    }
  }
  return added;
}
