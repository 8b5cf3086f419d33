/** Which macroregion of the model each voivodeship belongs to, and the project run there (DOMAIN.md). */
import type { Macroregion } from '../../../../preload/contract';

/** TERYT code of the voivodeship → its macroregion. Dolnośląskie (02) took part in none of the three projects. */
export const VOIVODESHIP_MACROREGION: Record<string, Macroregion> = {
  '06': 'I', // lubelskie
  '14': 'I', // mazowieckie
  '18': 'I', // podkarpackie
  '20': 'I', // podlaskie
  '26': 'I', // świętokrzyskie
  '32': 'II', // zachodniopomorskie
  '22': 'II', // pomorskie
  '04': 'II', // kujawsko-pomorskie
  '30': 'II', // wielkopolskie
  '28': 'II', // warmińsko-mazurskie
  '08': 'II', // lubuskie
  '24': 'III', // śląskie
  '16': 'III', // opolskie
  '12': 'III', // małopolskie
  '10': 'III', // łódzkie
};

/** The project each macroregion ran in 2018–2021. */
export const MACROREGION_PROJECT: Record<Macroregion, string> = {
  I: 'Liderzy kooperacji',
  II: 'Kooperacja – efektywna i skuteczna',
  III: 'Kooperacje 3D – model wielosektorowej współpracy na rzecz wsparcia osób i rodzin',
};
