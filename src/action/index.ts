// Entry point of the action's main step (dist/index.js).
import { run } from './main.ts';

void run();
