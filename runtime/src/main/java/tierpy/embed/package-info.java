/**
 * The seam between the Jupyter kernel and the interpreter, in the shape of xeus' xinterpreter
 * (jupyter-xeus/xeus: include/xeus/xinterpreter.hpp): the kernel only ever sees {@link tierpy.embed.Session}.
 * Nothing here knows about ZeroMQ or the messaging protocol.
 */
package tierpy.embed;
