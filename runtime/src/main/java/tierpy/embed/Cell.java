package tierpy.embed;

/**
 * One piece of code to execute.
 *
 * @param code            the Python source
 * @param executionCount  the prompt number ({@code In[n]}); names {@code _n}, and tracebacks name the
 *                        cell as IPython 8 does ({@code Cell In[n], line k})
 * @param storeHistory    whether a displayed value updates {@code Out}, {@code _}, {@code __}, {@code _n}
 *                        ({@code In} is stored by {@link Session#recordInput})
 * @param displayResult   whether the value of a final expression statement goes to
 *                        {@link OutputSink#executeResult}
 */
public record Cell(String code, int executionCount, boolean storeHistory, boolean displayResult) {}
