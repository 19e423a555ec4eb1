-- wrk: drop an anonymous appeal, as the public page does.
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = '{"school":"bench-school","anonymous":true,"categories":["education"],' ..
  '"text":"Биздин класста жылытуу иштебейт, балдар пальточон отурушат. Сураныч, текшергиле."}'
