// Entry point of the action's post step (dist/post.js).
import { runPost } from './post.ts';

void runPost();
