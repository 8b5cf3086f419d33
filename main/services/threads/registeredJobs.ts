/** The jobs a service thread can do, each declared by its domain: the thread's entry (serviceThread.ts) knows them from here. */
import { importJob } from '../exchange/threadJob';
import { tableImportJob } from '../imports/threadJob';
import { summaryJob } from '../reports/threadJob';
import type { AnyThreadJob } from './jobs';

export const REGISTERED_JOBS: readonly AnyThreadJob[] = [importJob, tableImportJob, summaryJob];
