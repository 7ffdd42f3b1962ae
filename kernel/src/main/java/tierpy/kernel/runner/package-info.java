/**
 * The headless notebook runner: starts a kernel process and drives it over ZeroMQ like
 * nbclient, printing outputs as they stream and writing the executed notebook.
 */
package tierpy.kernel.runner;
