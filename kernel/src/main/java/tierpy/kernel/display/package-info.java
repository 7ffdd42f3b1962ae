/** MIME bundles and the HTML renderings of stage output; traceback text for terminals. */
package tierpy.kernel.display;
