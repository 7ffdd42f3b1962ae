/**
 * ZeroMQ transport (JeroMQ): connection files, the kernel's five sockets and a client for them.
 * Sockets are confined to the thread that owns them; other threads hand messages over through queues.
 */
package tierpy.kernel.transport;
