"""End-to-end check of the tierpy kernel with the real Jupyter client stack.

Usage: python3 kernel/e2e/jupyter_client_check.py TIERPY_CHECKOUT
Needs Debian's python3-jupyter-client and python3-nbclient. Installs the kernelspec into a
temporary Jupyter path, talks to the kernel with jupyter_client's BlockingKernelClient, then runs
a small notebook through nbclient. Uses only what works without the interpreter (magics, protocol);
exits non-zero on the first mismatch.
"""
import asyncio
import inspect
import os
import subprocess
import sys
import tempfile

checkout = os.path.abspath(sys.argv[1])
jupyter_dir = tempfile.mkdtemp(prefix="tierpy-jupyter-")
os.environ["JUPYTER_PATH"] = os.path.join(jupyter_dir, "share", "jupyter")
os.environ["JUPYTER_DATA_DIR"] = os.path.join(jupyter_dir, "data")
os.environ["TIERPY_STATE_DIR"] = os.path.join(jupyter_dir, "state")
subprocess.run([os.path.join(checkout, "tierpy"), "-m", "tierpy_kernel", "install", "--prefix", jupyter_dir],
               check=True)

import jupyter_client  # noqa: E402  (after JUPYTER_PATH is set)
import nbformat  # noqa: E402
from nbclient import NotebookClient  # noqa: E402
from jupyter_client.kernelspec import KernelSpecManager  # noqa: E402

specs = KernelSpecManager().find_kernel_specs()
assert "tierpy" in specs, specs

km, kc = jupyter_client.manager.start_new_kernel(kernel_name="tierpy", startup_timeout=120)


def control_request(msg_type):
    """Sends a request on the control channel and returns its reply."""
    request = kc.session.msg(msg_type, {})
    kc.control_channel.send(request)
    reply = kc.control_channel.get_msg(timeout=30)
    if inspect.iscoroutine(reply):  # jupyter_client 7's control channel is asynchronous
        reply = asyncio.new_event_loop().run_until_complete(reply)
    assert reply["parent_header"]["msg_id"] == request["header"]["msg_id"], reply
    assert reply["msg_type"] == msg_type.replace("_request", "_reply"), reply
    return reply["content"]


try:
    info = kc.kernel_info(reply=True, timeout=30)["content"]
    assert info["implementation"] == "tierpy", info
    assert info["language_info"]["codemirror_mode"] == {"name": "ipython", "version": 3}, info
    control_reply = control_request("kernel_info_request")
    assert control_reply["implementation"] == "tierpy", control_reply
    outputs = []
    reply = kc.execute_interactive("%lsmagic", output_hook=outputs.append, timeout=30)
    assert reply["content"]["status"] == "ok", reply
    results = [m for m in outputs if m["msg_type"] == "execute_result"]
    assert results and "Available line magics" in results[0]["content"]["data"]["text/plain"], outputs
    outputs.clear()
    reply = kc.execute_interactive("%foo", output_hook=outputs.append, timeout=30)
    assert reply["content"]["status"] == "error", reply
    assert reply["content"]["evalue"] == "Line magic function `%foo` not found.", reply
    reply = kc.complete("%tim", 4, reply=True, timeout=30)["content"]
    assert reply["matches"] == ["%time", "%timeit"], reply
    msg_id = kc.is_complete("%time x")
    reply = kc.get_shell_msg(timeout=30)
    assert reply["parent_header"]["msg_id"] == msg_id, reply
    reply = reply["content"]
    assert reply["status"] == "complete", reply
    reply = kc.history(hist_access_type="tail", n=5, reply=True, timeout=30)["content"]
    assert any(entry[2] == "%lsmagic" for entry in reply["history"]), reply
    reply = kc.comm_info(reply=True, timeout=30)["content"]
    assert reply["comms"] == {}, reply
    reply = kc.inspect("%timeit", 3, reply=True, timeout=30)["content"]
    assert reply["found"], reply
    # An interrupt while idle, acknowledged before the next cell is sent: KernelManager.interrupt_kernel()
    # connects a fresh control socket and returns at once, so its request can reach the kernel after
    # an execute_request sent just after it, and rightly interrupt that cell.
    reply = control_request("interrupt_request")
    assert reply["status"] == "ok", reply
    reply = kc.execute_interactive("%pwd", timeout=30)
    assert reply["content"]["status"] == "ok", reply
    assert kc.is_alive()
    print("jupyter_client: ok")
finally:
    kc.stop_channels()
    km.shutdown_kernel(now=False)
    del kc, km  # before interpreter teardown, where jupyter_client's __del__ would log into a dead logging module

notebook = nbformat.v4.new_notebook()
notebook.cells = [
    nbformat.v4.new_code_cell("%%writefile hello.txt\nhello from tierpy\n"),
    nbformat.v4.new_code_cell("%lsmagic"),
    nbformat.v4.new_code_cell("%env TIERPY_E2E=1"),
]
notebook.metadata["kernelspec"] = {"name": "tierpy", "display_name": "Python 3.14 (tierpy)", "language": "python"}
workdir = tempfile.mkdtemp(prefix="tierpy-nb-")
NotebookClient(notebook, timeout=120, kernel_name="tierpy", resources={"metadata": {"path": workdir}}).execute()
assert notebook.cells[0].outputs[0]["text"] == "Writing hello.txt\n", notebook.cells[0].outputs
assert open(os.path.join(workdir, "hello.txt")).read() == "hello from tierpy\n"
assert notebook.cells[1].outputs[0]["output_type"] == "execute_result", notebook.cells[1].outputs
assert notebook.cells[2].outputs[0]["text"] == "env: TIERPY_E2E=1\n", notebook.cells[2].outputs
print("nbclient: ok")

# tierpy's own runner writes what nbformat writes, and nbformat accepts it.
source = os.path.join(workdir, "runner.ipynb")
executed = os.path.join(workdir, "runner-out.ipynb")
notebook.cells.insert(0, nbformat.v4.new_markdown_cell("# Runner check"))
nbformat.write(notebook, source)
subprocess.run([os.path.join(checkout, "tierpy"), "-m", "tierpy_kernel", "execute", source, "--output", executed],
               check=True, stdout=subprocess.DEVNULL)
written = nbformat.read(executed, as_version=4)
nbformat.validate(written)
assert written.cells[1].outputs[0]["text"] == "Overwriting hello.txt\n", written.cells[1].outputs
with open(executed, encoding="utf-8") as f:
    assert f.read() == nbformat.writes(written) + "\n", "the runner's JSON layout differs from nbformat's"
print("runner: ok")
