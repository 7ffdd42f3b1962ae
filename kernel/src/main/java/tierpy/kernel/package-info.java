/** The Jupyter side of tierpy: protocol, transport, request dispatch, magics and display. */
package tierpy.kernel;
