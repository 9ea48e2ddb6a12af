-- Checks Neovim's own LSP client as the README's Neovim 0.7 configuration sets it up (an autocmd that
-- starts the server with vim.lsp.start_client and attaches it to each cable). Run after that
-- configuration has opened a cable with paragraph 2 without its portion mark, it waits for the
-- client and the diagnostics, asks for the outline and for a hover on the PGOV TAGS code, checks
-- what they hold as Neovim reads them, and stops the server. Reports on stdout; exits 0 when every
-- check holds, 1 with the reason otherwise.
--
--   nvim --headless --clean -u CONFIG.lua CABLE -c 'luafile test/neovim/attach.lua'

local TIMEOUT = 20000

local function say(format, ...)
  io.stdout:write(string.format(format, ...) .. '\n')
end

local function check(condition, format, ...)
  if not condition then
    error(string.format(format, ...), 0)
  end
end

--- The 0-based line and byte column of the first match of `pattern` in the buffer.
local function find(bufnr, pattern)
  for i, line in ipairs(vim.api.nvim_buf_get_lines(bufnr, 0, -1, true)) do
    local col = line:find(pattern)
    if col then
      return i - 1, col - 1
    end
  end
  error('no line matches ' .. pattern, 0)
end

local function request(bufnr, method, params)
  local responses, err = vim.lsp.buf_request_sync(bufnr, method, params, TIMEOUT)
  check(responses, '%s: %s', method, tostring(err))
  local _, response = next(responses)
  check(response and response.result, '%s: no result (%s)', method, vim.inspect(response))
  return response.result
end

local function diagnostics(bufnr)
  check(vim.wait(TIMEOUT, function()
    return #vim.diagnostic.get(bufnr) > 0
  end, 20), 'no diagnostics within %d ms', TIMEOUT)
  local c10 = vim.tbl_filter(function(d)
    return d.code == 'C10'
  end, vim.diagnostic.get(bufnr))
  check(#c10 == 1, 'one C10 expected, got %s', vim.inspect(vim.diagnostic.get(bufnr)))
  local d = c10[1]
  -- The server counts UTF-16 code units; `¶` before `2.` is two bytes, which Neovim must convert.
  local line, col = find(bufnr, '^¶2%. ')
  check(d.lnum == line and d.col == col + #'¶', 'C10 at %d:%d, expected %d:%d', d.lnum, d.col, line, col + #'¶')
  check(d.severity == vim.diagnostic.severity.WARN, 'C10 severity %s', tostring(d.severity))
  check(d.message == 'Paragraph 2 has no portion mark', 'C10 message %q', d.message)
  local page = vim.uri_to_fname(d.user_data.lsp.codeDescription.href)
  check(vim.fn.filereadable(page) == 1, 'C10 links to %s, which cannot be read', page)
  say('diagnostic %d:%d %s %s (%s)', d.lnum + 1, d.col + 1, d.code, d.message, page)
end

local function outline(bufnr)
  local symbols = request(bufnr, 'textDocument/documentSymbol', { textDocument = vim.lsp.util.make_text_document_params(bufnr) })
  -- What `:lua vim.lsp.buf.document_symbol()` puts in the location list.
  local items = vim.lsp.util.symbols_to_items(symbols, bufnr)
  local numbered = {}
  for _, item in ipairs(items) do
    say('outline %d %s', item.lnum, item.text)
    local number = item.text:match('^%[%a+%] (%d+)%. ')
    if number then
      table.insert(numbered, tonumber(number))
    end
  end
  check(vim.deep_equal(numbered, { 1, 2, 3, 4, 5, 6, 7, 8, 9 }), 'paragraphs in the outline: %s', vim.inspect(numbered))
  --- Checks that an item on the line of `pattern` reads `text` (addressees share their line with TO).
  local function expect_item(pattern, text)
    local line = find(bufnr, pattern)
    for _, item in ipairs(items) do
      if item.lnum == line + 1 and item.text:find(text, 1, true) then
        return
      end
    end
    error(string.format('no outline item on line %d reads %q', line + 1, text), 0)
  end
  expect_item('^SUBJECT:', 'SUBJECT: MQM LEADERS OPTIMISTIC ABOUT ELECTIONS, RELATIONSHIP WITH PPP')
  expect_item('^¶2%. ', '] 2. Muttahida Quami Movement')
  expect_item('^TO RUEHC', 'RUEHC/SECSTATE WASHDC')
end

local function hover(bufnr)
  local line, col = find(bufnr, 'PGOV')
  local result = request(bufnr, 'textDocument/hover', { textDocument = vim.lsp.util.make_text_document_params(bufnr), position = { line = line, character = col } })
  local text = table.concat(vim.lsp.util.convert_input_to_markdown_lines(result.contents), '\n')
  check(text:find('`PGOV`', 1, true) and text:find('Internal Governmental Affairs', 1, true), 'hover on PGOV: %s', text)
  check(result.range and result.range.start.character == col and result.range['end'].character == col + 4, 'hover range %s', vim.inspect(result.range))
  say('hover %s', (text:gsub('\n+', ' | ')))
end

local function main()
  local version = vim.version()
  say('neovim %d.%d.%d', version.major, version.minor, version.patch)
  local bufnr = vim.api.nvim_get_current_buf()
  check(vim.wait(TIMEOUT, function()
    return next(vim.lsp.buf_get_clients(bufnr)) ~= nil
  end, 20), 'no language server attached to the cable (filetype %q)', vim.bo[bufnr].filetype)
  local id, client = next(vim.lsp.buf_get_clients(bufnr))
  diagnostics(bufnr)
  local capabilities = client.server_capabilities
  check(capabilities.documentSymbolProvider and capabilities.hoverProvider, 'capabilities %s', vim.inspect(capabilities))
  outline(bufnr)
  hover(bufnr)
  vim.lsp.stop_client(id)
  check(vim.wait(TIMEOUT, function()
    return vim.lsp.get_client_by_id(id) == nil
  end, 20), 'the server did not stop after shutdown')
  say('server stopped')
end

local ok, err = pcall(main)
if ok then
  say('ok')
  vim.cmd('qall!')
else
  say('FAILED: %s', tostring(err))
  vim.cmd('cquit 1')
end
