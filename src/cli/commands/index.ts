/** Every CLI command; adding one is one import and one entry in the list. */
import type { Command } from 'commander';
import { registerTemplateCommand } from './template';
import { registerConsolidateCommand } from './consolidate';
import { registerReportCommand } from './report';
import { registerRosterCommand } from './roster';

export type RegisterCommand = (program: Command, print: (text: string) => void) => void;

export const commands: RegisterCommand[] = [
  registerTemplateCommand,
  registerConsolidateCommand,
  registerRosterCommand,
  registerReportCommand,
];
