/**
 * IPython-style magics: line {@code %name} and cell {@code %%name}, with IPython's output formats,
 * and the stage magics that show tierpy's pipeline through {@link tierpy.embed.Session#introspect}.
 */
package tierpy.kernel.magics;
