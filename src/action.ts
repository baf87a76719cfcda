import { run } from './action/main';

void run();
