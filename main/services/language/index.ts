/** Polish as documents write it: counted nouns, dates in words, event times in Warsaw, kinds of events. */
export { formatCount, formatNumberPl, pluralForm, type PluralForms } from './plural';
export { agreeing, capitalise, counted, sameAcc, type CountedNoun, type Gender } from './nouns';
export { formatDateInWords, formatDayDots, formatDayInWords, formatDaysInWords, formatDaySpan } from './dates';
export { eventDays, formatEventDates, formatTimeRange, inWarsaw, WARSAW, warsawDay, warsawDayStart, warsawToday } from './warsaw';
export { eventTypeLabel, eventTypeLocative, hoursText, type EventHours } from './events';
