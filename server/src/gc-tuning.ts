import v8 from 'node:v8';

/**
 * Imported first by the server's entry points. V8 pretenures an allocation site (allocates its
 * objects straight in the old generation) once its objects have survived collections, as the rows
 * of the demo import at start do. Every later row of a portal page was then born old, held its
 * young strings through each young-generation collection and made it copy 3 to 4 MB per cycle:
 * without pretenuring, 0.3 to 0.8 MB, and 10 to 15 % less server CPU per request.
 * Set here rather than on the command line: a flag another Node no longer knows is ignored, not fatal.
 */
v8.setFlagsFromString('--no-allocation-site-pretenuring');
