/**
 * Request dispatch: the execution queue on one interpreter thread, status busy/idle, output
 * publication, history, and the control channel served beside a busy shell.
 */
package tierpy.kernel.core;
