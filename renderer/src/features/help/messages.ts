import type { FeatureMessages } from '../../i18n/featureMessages';

/** The help screen, and the few words the shell and every form share for keyboard use and unsaved changes. */
export const helpMessages = {
  pl: {
    help: {
      title: 'Pomoc: skróty klawiszowe',
      open: 'Pomoc i skróty klawiszowe (F1)',
      intro: 'Kooperatora można obsługiwać w całości klawiaturą. Klawisz Tab przechodzi między polami i przyciskami, a zaznaczony element ma wyraźną ramkę.',
      app: 'W całej aplikacji',
      menu: 'Menu aplikacji na komputerze',
      menuHint: 'Te skróty działają w aplikacji uruchomionej na komputerze (menu Plik, Edycja, Widok, Pomoc).',
      keys: 'Klawisze',
      action: 'Działanie',
      menuName: 'Menu',
    },
    shell: {
      loading: 'Trwa wczytywanie danych',
      office: 'Biuro',
    },
    unsaved: {
      title: 'Opuścić formularz bez zapisywania?',
      text: 'Wprowadzone zmiany nie zostały zapisane i zostaną utracone.',
      leave: 'Porzuć zmiany',
    },
  },
  en: {
    help: {
      title: 'Help: keyboard shortcuts',
      open: 'Help and keyboard shortcuts (F1)',
      intro: 'Kooperator can be used entirely from the keyboard. Tab moves between fields and buttons; the focused element has a clear outline.',
      app: 'Everywhere in the application',
      menu: 'Desktop application menu',
      menuHint: 'These shortcuts work in the application installed on the computer (menus File, Edit, View, Help).',
      keys: 'Keys',
      action: 'Action',
      menuName: 'Menu',
    },
    shell: {
      loading: 'Loading data',
      office: 'Office',
    },
    unsaved: {
      title: 'Leave the form without saving?',
      text: 'Your changes have not been saved and will be lost.',
      leave: 'Discard changes',
    },
  },
} satisfies FeatureMessages;
