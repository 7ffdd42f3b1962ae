/**
 * The Jupyter wire format (messaging spec 5.5): messages, headers, JSON codecs and HMAC signing.
 * Knows nothing of sockets.
 */
package tierpy.kernel.wire;
