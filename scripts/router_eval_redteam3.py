"""Fully right, questions and silent wrong plans of the router on the third red-team set
(tests/router_cases_redteam3.py), per language and for the 12 languages with tables against the others.

    sh scripts/uv run python scripts/router_eval_redteam3.py            # the table
    sh scripts/uv run python scripts/router_eval_redteam3.py --misses   # and every miss, with what the router did
    sh scripts/uv run python scripts/router_eval_redteam3.py --set 4    # the fourth held-out set (same scoring)
    sh scripts/uv run python scripts/router_eval_redteam3.py --set 5    # the fifth (its 12 first: ar, not nl)
    sh scripts/uv run python scripts/router_eval_redteam3.py --set 5 --fields  # with the careful agent's fields
    sh scripts/uv run python scripts/router_eval_redteam3.py --set 6    # the sixth (its 12 first as the fifth's)
    sh scripts/uv run python scripts/router_eval_redteam3.py --set 7    # the seventh (its 12 first as the fifth's)
    sh scripts/uv run python scripts/router_eval_redteam3.py --set 8    # the eighth (its 12 first as the fifth's)
    sh scripts/uv run python scripts/router_eval_redteam3.py --set 9    # the ninth (its 12 first as the fifth's)
    sh scripts/uv run python scripts/router_eval_redteam3.py --set 10   # the tenth (its 12 first as the fifth's)
    sh scripts/uv run python scripts/router_eval_redteam3.py --set 11   # the eleventh (its 12 first as the fifth's)
    sh scripts/uv run python scripts/router_eval_redteam3.py --set 12   # the twelfth (its 12 first as the fifth's)
    sh scripts/uv run python scripts/router_eval_redteam3.py --set 13   # the thirteenth (its 12 first as the fifth's)
    sh scripts/uv run python scripts/router_eval_redteam3.py --set 14   # the fourteenth (its 12 first as the fifth's)
    sh scripts/uv run python scripts/router_eval_redteam3.py --set 15   # the fifteenth (its 12 first as the fifth's)
    sh scripts/uv run python scripts/router_eval_redteam3.py --set 16   # the sixteenth (its 12 first as the fifth's)
    sh scripts/uv run python scripts/router_eval_redteam3.py --set 17   # the seventeenth (its 12 first as the fifth's)
    sh scripts/uv run python scripts/router_eval_redteam3.py --set 18   # the eighteenth (its 12 first as the fifth's)
    sh scripts/uv run python scripts/router_eval_redteam3.py --set 19   # the nineteenth (its 12 first as the fifth's)
    sh scripts/uv run python scripts/router_eval_redteam3.py --set 20   # the twentieth (its 12 first as the fifth's)
    sh scripts/uv run python scripts/router_eval_redteam3.py --set 21   # the twenty-first (its 12 first as the fifth's)
    sh scripts/uv run python scripts/router_eval_redteam3.py --set 22   # the twenty-second (its 12 first as the fifth's)
    sh scripts/uv run python scripts/router_eval_redteam3.py --set 23   # the twenty-third (its 12 first as the fifth's)
    sh scripts/uv run python scripts/router_eval_redteam3.py --set 24   # the twenty-fourth (its 12 first as the fifth's)
    sh scripts/uv run python scripts/router_eval_redteam3.py --set 25   # the twenty-fifth (its 12 first as the fifth's)
    sh scripts/uv run python scripts/router_eval_redteam3.py --set 26   # the twenty-sixth (its 12 first as the fifth's)
    sh scripts/uv run python scripts/router_eval_redteam3.py --set 27   # the twenty-seventh (its 12 first as the fifth's)
    sh scripts/uv run python scripts/router_eval_redteam3.py --set 28   # the twenty-eighth (its 12 first as the fifth's)
    sh scripts/uv run python scripts/router_eval_redteam3.py --set 29   # the twenty-ninth (its 12 first as the fifth's)
    sh scripts/uv run python scripts/router_eval_redteam3.py --set 30   # the thirtieth (its 12 first as the fifth's)
    sh scripts/uv run python scripts/router_eval_redteam3.py --set 31   # the thirty-first (its 12 first as the fifth's)
    sh scripts/uv run python scripts/router_eval_redteam3.py --set 32   # the thirty-second (its 12 first as the fifth's)
    sh scripts/uv run python scripts/router_eval_redteam3.py --set 33   # the thirty-third (its 12 first as the fifth's)
    sh scripts/uv run python scripts/router_eval_redteam3.py --set 34   # the thirty-fourth (its 12 first as the fifth's)
    sh scripts/uv run python scripts/router_eval_redteam3.py --set 35   # the thirty-fifth (its 12 first as the fifth's)
    sh scripts/uv run python scripts/router_eval_redteam3.py --set 36   # the thirty-sixth (its 12 first as the fifth's)
    sh scripts/uv run python scripts/router_eval_redteam3.py --set 37   # the thirty-seventh (its 12 first as the fifth's)
    sh scripts/uv run python scripts/router_eval_redteam3.py --set 38   # the thirty-eighth (its 12 first as the fifth's)
    sh scripts/uv run python scripts/router_eval_redteam3.py --set 39   # the thirty-ninth (its 12 first as the fifth's)
    sh scripts/uv run python scripts/router_eval_redteam3.py --set 40   # the fortieth (its 12 first as the fifth's)
    sh scripts/uv run python scripts/router_eval_redteam3.py --set 41   # the forty-first (its 12 first as the fifth's)
    sh scripts/uv run python scripts/router_eval_redteam3.py --set 42   # the forty-second (its 12 first as the fifth's)
    sh scripts/uv run python scripts/router_eval_redteam3.py --set 43   # the forty-third (its 12 first as the fifth's)
    sh scripts/uv run python scripts/router_eval_redteam3.py --set 44   # the forty-fourth (its 12 first as the fifth's)
    sh scripts/uv run python scripts/router_eval_redteam3.py --set 45   # the forty-fifth (its 12 first as the fifth's)
    sh scripts/uv run python scripts/router_eval_redteam3.py --set 46   # the forty-sixth (its 12 first as the fifth's)
    sh scripts/uv run python scripts/router_eval_redteam3.py --set 47   # the forty-seventh (its 12 first as the fifth's)
    sh scripts/uv run python scripts/router_eval_redteam3.py --set 48   # the forty-eighth (its 12 first as the fifth's)
    sh scripts/uv run python scripts/router_eval_redteam3.py --set 49   # the forty-ninth (its 12 first as the fifth's)
    sh scripts/uv run python scripts/router_eval_redteam3.py --set 50   # the fiftieth (its 12 first as the fifth's)
    sh scripts/uv run python scripts/router_eval_redteam3.py --set 51   # the fifty-first (its 12 first as the fifth's)
    sh scripts/uv run python scripts/router_eval_redteam3.py --set 52   # the fifty-second (its 12 first as the fifth's)
    sh scripts/uv run python scripts/router_eval_redteam3.py --set 53   # the fifty-third (its 12 first as the fifth's)
    sh scripts/uv run python scripts/router_eval_redteam3.py --set 54   # the fifty-fourth (its 12 first as the fifth's)
    sh scripts/uv run python scripts/router_eval_redteam3.py --set 55   # the fifty-fifth (its 12 first as the fifth's)
    sh scripts/uv run python scripts/router_eval_redteam3.py --set 56   # the fifty-sixth (its 12 first as the fifth's)
    sh scripts/uv run python scripts/router_eval_redteam3.py --set 57   # the fifty-seventh (its 12 first as the fifth's)
    sh scripts/uv run python scripts/router_eval_redteam3.py --set 58   # the fifty-eighth (its 12 first as the fifth's)
    sh scripts/uv run python scripts/router_eval_redteam3.py --set 59   # the fifty-ninth (its 12 first as the fifth's)
    sh scripts/uv run python scripts/router_eval_redteam3.py --set 60   # the sixtieth (its 12 first as the fifth's)
    sh scripts/uv run python scripts/router_eval_redteam3.py --set 61   # the sixty-first (its 12 first as the fifth's)
    sh scripts/uv run python scripts/router_eval_redteam3.py --set 62   # the sixty-second (its 12 first as the fifth's)
    sh scripts/uv run python scripts/router_eval_redteam3.py --set 63   # the sixty-third (its 12 first as the fifth's)
    sh scripts/uv run python scripts/router_eval_redteam3.py --set 64   # the sixty-fourth (its 12 first as the fifth's)
    sh scripts/uv run python scripts/router_eval_redteam3.py --set 65   # the sixty-fifth (its 12 first as the fifth's)
    sh scripts/uv run python scripts/router_eval_redteam3.py --set 66   # the sixty-sixth (its 12 first as the fifth's)
    sh scripts/uv run python scripts/router_eval_redteam3.py --set 67   # the sixty-seventh (its 12 first as the fifth's)
    sh scripts/uv run python scripts/router_eval_redteam3.py --set 68   # the sixty-eighth (its 12 first as the fifth's)
    sh scripts/uv run python scripts/router_eval_redteam3.py --set 69   # the sixty-ninth (its 12 first as the fifth's)
    sh scripts/uv run python scripts/router_eval_redteam3.py --set 70   # the seventieth (its 12 first as the fifth's)
    sh scripts/uv run python scripts/router_eval_redteam3.py --set 71   # the seventy-first (its 12 first as the fifth's)
    sh scripts/uv run python scripts/router_eval_redteam3.py --set 72   # the seventy-second (its 12 first as the fifth's)
    sh scripts/uv run python scripts/router_eval_redteam3.py --set 73   # the seventy-third (its 12 first as the fifth's)
    sh scripts/uv run python scripts/router_eval_redteam3.py --set 74   # the seventy-fourth (its 12 first as the fifth's)
    sh scripts/uv run python scripts/router_eval_redteam3.py --set 75   # the seventy-fifth (its 12 first as the fifth's)
    sh scripts/uv run python scripts/router_eval_redteam3.py --set 76   # the seventy-sixth (its 12 first as the fifth's)
    sh scripts/uv run python scripts/router_eval_redteam3.py --set 77   # the seventy-seventh (its 12 first as the fifth's)
    sh scripts/uv run python scripts/router_eval_redteam3.py --set 78   # the seventy-eighth (its 12 first as the fifth's)
    sh scripts/uv run python scripts/router_eval_redteam3.py --set 79   # the seventy-ninth (its 12 first as the fifth's)
    sh scripts/uv run python scripts/router_eval_redteam3.py --set 80   # the eightieth (its 12 first as the fifth's)
    sh scripts/uv run python scripts/router_eval_redteam3.py --set 81   # the eighty-first (its 12 first as the fifth's)
    sh scripts/uv run python scripts/router_eval_redteam3.py --set 82   # the eighty-second (its 12 first as the fifth's)
    sh scripts/uv run python scripts/router_eval_redteam3.py --set 83   # the eighty-third (its 12 first as the fifth's)
    sh scripts/uv run python scripts/router_eval_redteam3.py --set 84   # the eighty-fourth (its 12 first as the fifth's)
    sh scripts/uv run python scripts/router_eval_redteam3.py --set 85   # the eighty-fifth (its 12 first as the fifth's)
    sh scripts/uv run python scripts/router_eval_redteam3.py --set 86   # the eighty-sixth (its 12 first as the fifth's)
    sh scripts/uv run python scripts/router_eval_redteam3.py --set 87   # the eighty-seventh (its 12 first as the fifth's)
    sh scripts/uv run python scripts/router_eval_redteam3.py --set 88   # the eighty-eighth (its 12 first as the fifth's)
    sh scripts/uv run python scripts/router_eval_redteam3.py --set 89   # the eighty-ninth (its 12 first as the fifth's)
    sh scripts/uv run python scripts/router_eval_redteam3.py --set 90   # the ninetieth (its 12 first as the fifth's)
    sh scripts/uv run python scripts/router_eval_redteam3.py --set 91   # the ninety-first (its 12 first as the fifth's)
    sh scripts/uv run python scripts/router_eval_redteam3.py --set 92   # the ninety-second (its 12 first as the fifth's)
    sh scripts/uv run python scripts/router_eval_redteam3.py --set 93   # the ninety-third (its 12 first as the fifth's)
    sh scripts/uv run python scripts/router_eval_redteam3.py --set 94   # the ninety-fourth (its 12 first as the fifth's)
    sh scripts/uv run python scripts/router_eval_redteam3.py --set 95   # the ninety-fifth (its 12 first as the fifth's)
    sh scripts/uv run python scripts/router_eval_redteam3.py --set 96   # the ninety-sixth (its 12 first as the fifth's)
    sh scripts/uv run python scripts/router_eval_redteam3.py --set 97   # the ninety-seventh (its 12 first as the fifth's)
    sh scripts/uv run python scripts/router_eval_redteam3.py --set 98   # the ninety-eighth (its 12 first as the fifth's)
    sh scripts/uv run python scripts/router_eval_redteam3.py --set 99   # the ninety-ninth (its 12 first as the fifth's)
    sh scripts/uv run python scripts/router_eval_redteam3.py --set 100   # the hundredth (its 12 first as the fifth's)
    sh scripts/uv run python scripts/router_eval_redteam3.py --set 101   # the hundred-and-first (its 12 first as the fifth's)
    sh scripts/uv run python scripts/router_eval_redteam3.py --set 102   # the hundred-and-second (its 12 first as the fifth's)
    sh scripts/uv run python scripts/router_eval_redteam3.py --set 103   # the hundred-and-third (its 12 first as the fifth's)
    sh scripts/uv run python scripts/router_eval_redteam3.py --set 104   # the hundred-and-fourth (its 12 first as the fifth's)
    sh scripts/uv run python scripts/router_eval_redteam3.py --set 105   # the hundred-and-fifth (its 12 first as the fifth's)
    sh scripts/uv run python scripts/router_eval_redteam3.py --set 106   # the hundred-and-sixth (its 12 first as the fifth's)
    sh scripts/uv run python scripts/router_eval_redteam3.py --set 107   # the hundred-and-seventh (its 12 first as the fifth's)
    sh scripts/uv run python scripts/router_eval_redteam3.py --set 108   # the hundred-and-eighth (its 12 first as the fifth's)
    sh scripts/uv run python scripts/router_eval_redteam3.py --set 109   # the hundred-and-ninth (its 12 first as the fifth's)
    sh scripts/uv run python scripts/router_eval_redteam3.py --set 110   # the hundred-and-tenth (its 12 first as the fifth's)
    sh scripts/uv run python scripts/router_eval_redteam3.py --set 111   # the hundred-and-eleventh (its 12 first as the fifth's)
    sh scripts/uv run python scripts/router_eval_redteam3.py --set 112   # the hundred-and-twelfth (its 12 first as the fifth's)
    sh scripts/uv run python scripts/router_eval_redteam3.py --set 113   # the hundred-and-thirteenth (its 12 first as the fifth's)
    sh scripts/uv run python scripts/router_eval_redteam3.py --set 114   # the hundred-and-fourteenth (its 12 first as the fifth's)
    sh scripts/uv run python scripts/router_eval_redteam3.py --set 115   # the hundred-and-fifteenth (its 12 first as the fifth's)
    sh scripts/uv run python scripts/router_eval_redteam3.py --set 116   # the hundred-and-sixteenth (its 12 first as the fifth's)
    sh scripts/uv run python scripts/router_eval_redteam3.py --set 117   # the hundred-and-seventeenth (its 12 first as the fifth's)
    sh scripts/uv run python scripts/router_eval_redteam3.py --set 118   # the hundred-and-eighteenth (its 12 first as the fifth's)
    sh scripts/uv run python scripts/router_eval_redteam3.py --set 119   # the hundred-and-nineteenth (its 12 first as the fifth's)
    sh scripts/uv run python scripts/router_eval_redteam3.py --set 120   # the hundred-and-twentieth (its 12 first as the fifth's)
    sh scripts/uv run python scripts/router_eval_redteam3.py --set 121   # the hundred-and-twenty-first (its 12 first as the fifth's)
    sh scripts/uv run python scripts/router_eval_redteam3.py --set 122   # the hundred-and-twenty-second (its 12 first as the fifth's)
    sh scripts/uv run python scripts/router_eval_redteam3.py --set 123   # the hundred-and-twenty-third (its 12 first as the fifth's)
    sh scripts/uv run python scripts/router_eval_redteam3.py --set 124   # the hundred-and-twenty-fourth (its 12 first as the fifth's)
    sh scripts/uv run python scripts/router_eval_redteam3.py --set 125   # the hundred-and-twenty-fifth (its 12 first as the fifth's)
    sh scripts/uv run python scripts/router_eval_redteam3.py --set 126   # the hundred-and-twenty-sixth (its 12 first as the fifth's)
    sh scripts/uv run python scripts/router_eval_redteam3.py --set 127   # the hundred-and-twenty-seventh (its 12 first as the fifth's)
    sh scripts/uv run python scripts/router_eval_redteam3.py --set 128   # the hundred-and-twenty-eighth (its 12 first as the fifth's)
    sh scripts/uv run python scripts/router_eval_redteam3.py --set 129   # the hundred-and-twenty-ninth (its 12 first as the fifth's)
    sh scripts/uv run python scripts/router_eval_redteam3.py --set 130   # the hundred-and-thirtieth (its 12 first as the fifth's)
    sh scripts/uv run python scripts/router_eval_redteam3.py --set 131   # the hundred-and-thirty-first (its 12 first as the fifth's)
    sh scripts/uv run python scripts/router_eval_redteam3.py --set 132   # the hundred-and-thirty-second (its 12 first as the fifth's)
    sh scripts/uv run python scripts/router_eval_redteam3.py --set 133   # the hundred-and-thirty-third (its 12 first as the fifth's)
    sh scripts/uv run python scripts/router_eval_redteam3.py --set 134   # the hundred-and-thirty-fourth (its 12 first as the fifth's)
    sh scripts/uv run python scripts/router_eval_redteam3.py --set 135   # the hundred-and-thirty-fifth (its 12 first as the fifth's)
    sh scripts/uv run python scripts/router_eval_redteam3.py --set 136   # the hundred-and-thirty-sixth (its 12 first as the fifth's)
    sh scripts/uv run python scripts/router_eval_redteam3.py --set 137   # the hundred-and-thirty-seventh (its 12 first as the fifth's)
    sh scripts/uv run python scripts/router_eval_redteam3.py --set 138   # the hundred-and-thirty-eighth (its 12 first as the fifth's)
    sh scripts/uv run python scripts/router_eval_redteam3.py --set 139   # the hundred-and-thirty-ninth (its 12 first as the fifth's)
    sh scripts/uv run python scripts/router_eval_redteam3.py --set 140   # the hundred-and-fortieth (its 12 first as the fifth's)
    sh scripts/uv run python scripts/router_eval_redteam3.py --set 141   # the hundred-and-forty-first (its 12 first as the fifth's)
    sh scripts/uv run python scripts/router_eval_redteam3.py --set 142   # the hundred-and-forty-second (its 12 first as the fifth's)
    sh scripts/uv run python scripts/router_eval_redteam3.py --set 143   # the hundred-and-forty-third (its 12 first as the fifth's)
    sh scripts/uv run python scripts/router_eval_redteam3.py --set 144   # the hundred-and-forty-fourth (its 12 first as the fifth's)
    sh scripts/uv run python scripts/router_eval_redteam3.py --set 145   # the hundred-and-forty-fifth (its 12 first as the fifth's)
    sh scripts/uv run python scripts/router_eval_redteam3.py --set 146   # the hundred-and-forty-sixth (its 12 first as the fifth's)
    sh scripts/uv run python scripts/router_eval_redteam3.py --set 147   # the hundred-and-forty-seventh (its 12 first as the fifth's)
    sh scripts/uv run python scripts/router_eval_redteam3.py --set 148   # the hundred-and-forty-eighth (its 12 first as the fifth's)
    sh scripts/uv run python scripts/router_eval_redteam3.py --set 149   # the hundred-and-forty-ninth (its 12 first as the fifth's)
    sh scripts/uv run python scripts/router_eval_redteam3.py --set 150   # the hundred-and-fiftieth (its 12 first as the fifth's)
    sh scripts/uv run python scripts/router_eval_redteam3.py --set 151   # the hundred-and-fifty-first (its 12 first as the fifth's)
    sh scripts/uv run python scripts/router_eval_redteam3.py --set 152   # the hundred-and-fifty-second (its 12 first as the fifth's)
    sh scripts/uv run python scripts/router_eval_redteam3.py --set 153   # the hundred-and-fifty-third (its 12 first as the fifth's)
    sh scripts/uv run python scripts/router_eval_redteam3.py --set 154   # the hundred-and-fifty-fourth (its 12 first as the fifth's)
    sh scripts/uv run python scripts/router_eval_redteam3.py --set 155   # the hundred-and-fifty-fifth (its 12 first as the fifth's)
    sh scripts/uv run python scripts/router_eval_redteam3.py --set 156   # the hundred-and-fifty-sixth (its 12 first as the fifth's)
    sh scripts/uv run python scripts/router_eval_redteam3.py --set 157   # the hundred-and-fifty-seventh (its 12 first as the fifth's)
    sh scripts/uv run python scripts/router_eval_redteam3.py --set 158   # the hundred-and-fifty-eighth (its 12 first as the fifth's)
    sh scripts/uv run python scripts/router_eval_redteam3.py --set 159   # the hundred-and-fifty-ninth (its 12 first as the fifth's)
    sh scripts/uv run python scripts/router_eval_redteam3.py --set 160   # the hundred-and-sixtieth (its 12 first as the fifth's)
    sh scripts/uv run python scripts/router_eval_redteam3.py --set 161   # the hundred-and-sixty-first (its 12 first as the fifth's)
    sh scripts/uv run python scripts/router_eval_redteam3.py --set 162   # the hundred-and-sixty-second (its 12 first as the fifth's)
    sh scripts/uv run python scripts/router_eval_redteam3.py --set 163   # the hundred-and-sixty-third (its 12 first as the fifth's)
    sh scripts/uv run python scripts/router_eval_redteam3.py --set 164   # the hundred-and-sixty-fourth (its 12 first as the fifth's)
    sh scripts/uv run python scripts/router_eval_redteam3.py --set 165   # the hundred-and-sixty-fifth (its 12 first as the fifth's)
    sh scripts/uv run python scripts/router_eval_redteam3.py --set 166   # the hundred-and-sixty-sixth (its 12 first as the fifth's)
    sh scripts/uv run python scripts/router_eval_redteam3.py --set 167   # the hundred-and-sixty-seventh (its 12 first as the fifth's)
    sh scripts/uv run python scripts/router_eval_redteam3.py --set 168   # the hundred-and-sixty-eighth (its 12 first as the fifth's)
    sh scripts/uv run python scripts/router_eval_redteam3.py --set 169   # the hundred-and-sixty-ninth (its 12 first as the fifth's)
    sh scripts/uv run python scripts/router_eval_redteam3.py --set 170   # the hundred-and-seventieth (its 12 first as the fifth's)
    sh scripts/uv run python scripts/router_eval_redteam3.py --set 171   # the hundred-and-seventy-first (its 12 first as the fifth's)
    sh scripts/uv run python scripts/router_eval_redteam3.py --set 172   # the hundred-and-seventy-second (its 12 first as the fifth's)
    sh scripts/uv run python scripts/router_eval_redteam3.py --set 173   # the hundred-and-seventy-third (its 12 first as the fifth's)
    sh scripts/uv run python scripts/router_eval_redteam3.py --set 174   # the hundred-and-seventy-fourth (its 12 first as the fifth's)
    sh scripts/uv run python scripts/router_eval_redteam3.py --set 175   # the hundred-and-seventy-fifth (its 12 first as the fifth's)
    sh scripts/uv run python scripts/router_eval_redteam3.py --set 176   # the hundred-and-seventy-sixth (its 12 first as the fifth's)
    sh scripts/uv run python scripts/router_eval_redteam3.py --set 177   # the hundred-and-seventy-seventh (its 12 first as the fifth's)
    sh scripts/uv run python scripts/router_eval_redteam3.py --set 178   # the hundred-and-seventy-eighth (its 12 first as the fifth's)
    sh scripts/uv run python scripts/router_eval_redteam3.py --set 179   # the hundred-and-seventy-ninth (its 12 first as the fifth's)
    sh scripts/uv run python scripts/router_eval_redteam3.py --set 180   # the hundred-and-eightieth (its 12 first as the fifth's)
    sh scripts/uv run python scripts/router_eval_redteam3.py --set 181   # the hundred-and-eighty-first (its 12 first as the fifth's)
    sh scripts/uv run python scripts/router_eval_redteam3.py --set 182   # the hundred-and-eighty-second (its 12 first as the fifth's)
    sh scripts/uv run python scripts/router_eval_redteam3.py --set 183   # the hundred-and-eighty-third (its 12 first as the fifth's)
    sh scripts/uv run python scripts/router_eval_redteam3.py --set 184   # the hundred-and-eighty-fourth (its 12 first as the fifth's)
    sh scripts/uv run python scripts/router_eval_redteam3.py --set 185   # the hundred-and-eighty-fifth (its 12 first as the fifth's)
    sh scripts/uv run python scripts/router_eval_redteam3.py --set 186   # the hundred-and-eighty-sixth (its 12 first as the fifth's)
    sh scripts/uv run python scripts/router_eval_redteam3.py --set 187   # the hundred-and-eighty-seventh (its 12 first as the fifth's)
    sh scripts/uv run python scripts/router_eval_redteam3.py --set 188   # the hundred-and-eighty-eighth (its 12 first as the fifth's)
    sh scripts/uv run python scripts/router_eval_redteam3.py --set 189   # the hundred-and-eighty-ninth (its 12 first as the fifth's)
    sh scripts/uv run python scripts/router_eval_redteam3.py --set 190   # the hundred-and-ninetieth (its 12 first as the fifth's)
    sh scripts/uv run python scripts/router_eval_redteam3.py --set 191   # the hundred-and-ninety-first (its 12 first as the fifth's)
    sh scripts/uv run python scripts/router_eval_redteam3.py --set 192   # the hundred-and-ninety-second (its 12 first as the fifth's)
    sh scripts/uv run python scripts/router_eval_redteam3.py --set 193   # the hundred-and-ninety-third (its 12 first as the fifth's)
    sh scripts/uv run python scripts/router_eval_redteam3.py --set 194   # the hundred-and-ninety-fourth (its 12 first as the fifth's)
    sh scripts/uv run python scripts/router_eval_redteam3.py --set 195   # the hundred-and-ninety-fifth (its 12 first as the fifth's)
    sh scripts/uv run python scripts/router_eval_redteam3.py --set 196   # the hundred-and-ninety-sixth (its 12 first as the fifth's)
    sh scripts/uv run python scripts/router_eval_redteam3.py --set 197   # the hundred-and-ninety-seventh (its 12 first as the fifth's)
    sh scripts/uv run python scripts/router_eval_redteam3.py --set 198   # the hundred-and-ninety-eighth (its 12 first as the fifth's)
    sh scripts/uv run python scripts/router_eval_redteam3.py --set 199   # the hundred-and-ninety-ninth (its 12 first as the fifth's)
    sh scripts/uv run python scripts/router_eval_redteam3.py --set 200   # the two-hundredth (its 12 first as the fifth's)
    sh scripts/uv run python scripts/router_eval_redteam3.py --set 201   # the two-hundred-and-first (its 12 first as the fifth's)
    sh scripts/uv run python scripts/router_eval_redteam3.py --set 202   # the two-hundred-and-second (its 12 first as the fifth's)
    sh scripts/uv run python scripts/router_eval_redteam3.py --set 203   # the two-hundred-and-third (its 12 first as the fifth's)
    sh scripts/uv run python scripts/router_eval_redteam3.py --set 204   # the two-hundred-and-fourth (its 12 first as the fifth's)

A silent wrong plan is a plan (no question) whose tool or a certain argument is wrong; a question never is one.
Lyrics are compared with whitespace collapsed; "vocal_language" wants that language's name in the plan's tags;
an inpaint time given relative to the end is compared as seconds from the start.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def main() -> None:
    from tests.router_cases_redteam3 import R3
    from tests.router_cases_redteam4 import R4
    from tests.router_cases_redteam5 import BIG12, R5
    from tests.router_cases_redteam6 import BIG12 as BIG12_6
    from tests.router_cases_redteam6 import R6
    from tests.router_cases_redteam7 import BIG12 as BIG12_7
    from tests.router_cases_redteam7 import R7
    from tests.router_cases_redteam8 import BIG12 as BIG12_8
    from tests.router_cases_redteam8 import R8
    from tests.router_cases_redteam9 import BIG12 as BIG12_9
    from tests.router_cases_redteam9 import R9
    from tests.router_cases_redteam10 import BIG12 as BIG12_10
    from tests.router_cases_redteam10 import R10
    from tests.router_cases_redteam11 import BIG12 as BIG12_11
    from tests.router_cases_redteam11 import R11
    from tests.router_cases_redteam12 import BIG12 as BIG12_12
    from tests.router_cases_redteam12 import R12
    from tests.router_cases_redteam13 import BIG12 as BIG12_13
    from tests.router_cases_redteam13 import R13
    from tests.router_cases_redteam14 import BIG12 as BIG12_14
    from tests.router_cases_redteam14 import R14
    from tests.router_cases_redteam15 import BIG12 as BIG12_15
    from tests.router_cases_redteam15 import R15
    from tests.router_cases_redteam16 import BIG12 as BIG12_16
    from tests.router_cases_redteam16 import R16
    from tests.router_cases_redteam17 import BIG12 as BIG12_17
    from tests.router_cases_redteam17 import R17
    from tests.router_cases_redteam18 import BIG12 as BIG12_18
    from tests.router_cases_redteam18 import R18
    from tests.router_cases_redteam19 import BIG12 as BIG12_19
    from tests.router_cases_redteam19 import R19
    from tests.router_cases_redteam20 import BIG12 as BIG12_20
    from tests.router_cases_redteam20 import R20
    from tests.router_cases_redteam21 import BIG12 as BIG12_21
    from tests.router_cases_redteam21 import R21
    from tests.router_cases_redteam22 import BIG12 as BIG12_22
    from tests.router_cases_redteam22 import R22
    from tests.router_cases_redteam23 import BIG12 as BIG12_23
    from tests.router_cases_redteam23 import R23
    from tests.router_cases_redteam24 import BIG12 as BIG12_24
    from tests.router_cases_redteam24 import R24
    from tests.router_cases_redteam25 import BIG12 as BIG12_25
    from tests.router_cases_redteam25 import R25
    from tests.router_cases_redteam26 import BIG12 as BIG12_26
    from tests.router_cases_redteam26 import R26
    from tests.router_cases_redteam27 import BIG12 as BIG12_27
    from tests.router_cases_redteam27 import R27
    from tests.router_cases_redteam28 import BIG12 as BIG12_28
    from tests.router_cases_redteam28 import R28
    from tests.router_cases_redteam29 import BIG12 as BIG12_29
    from tests.router_cases_redteam29 import R29
    from tests.router_cases_redteam30 import BIG12 as BIG12_30
    from tests.router_cases_redteam30 import R30
    from tests.router_cases_redteam31 import BIG12 as BIG12_31
    from tests.router_cases_redteam31 import R31
    from tests.router_cases_redteam32 import BIG12 as BIG12_32
    from tests.router_cases_redteam32 import R32
    from tests.router_cases_redteam33 import BIG12 as BIG12_33
    from tests.router_cases_redteam33 import R33
    from tests.router_cases_redteam34 import BIG12 as BIG12_34
    from tests.router_cases_redteam34 import R34
    from tests.router_cases_redteam35 import BIG12 as BIG12_35
    from tests.router_cases_redteam35 import R35
    from tests.router_cases_redteam36 import BIG12 as BIG12_36
    from tests.router_cases_redteam36 import R36
    from tests.router_cases_redteam37 import BIG12 as BIG12_37
    from tests.router_cases_redteam37 import R37
    from tests.router_cases_redteam38 import BIG12 as BIG12_38
    from tests.router_cases_redteam38 import R38
    from tests.router_cases_redteam39 import BIG12 as BIG12_39
    from tests.router_cases_redteam39 import R39
    from tests.router_cases_redteam40 import BIG12 as BIG12_40
    from tests.router_cases_redteam40 import R40
    from tests.router_cases_redteam41 import BIG12 as BIG12_41
    from tests.router_cases_redteam41 import R41
    from tests.router_cases_redteam42 import BIG12 as BIG12_42
    from tests.router_cases_redteam42 import R42
    from tests.router_cases_redteam43 import BIG12 as BIG12_43
    from tests.router_cases_redteam43 import R43
    from tests.router_cases_redteam44 import BIG12 as BIG12_44
    from tests.router_cases_redteam44 import R44
    from tests.router_cases_redteam45 import BIG12 as BIG12_45
    from tests.router_cases_redteam45 import R45
    from tests.router_cases_redteam46 import BIG12 as BIG12_46
    from tests.router_cases_redteam46 import R46
    from tests.router_cases_redteam47 import BIG12 as BIG12_47
    from tests.router_cases_redteam47 import R47
    from tests.router_cases_redteam48 import BIG12 as BIG12_48
    from tests.router_cases_redteam48 import R48
    from tests.router_cases_redteam49 import BIG12 as BIG12_49
    from tests.router_cases_redteam49 import R49
    from tests.router_cases_redteam50 import BIG12 as BIG12_50
    from tests.router_cases_redteam50 import R50
    from tests.router_cases_redteam51 import BIG12 as BIG12_51
    from tests.router_cases_redteam51 import R51
    from tests.router_cases_redteam52 import BIG12 as BIG12_52
    from tests.router_cases_redteam52 import R52
    from tests.router_cases_redteam53 import BIG12 as BIG12_53
    from tests.router_cases_redteam53 import R53
    from tests.router_cases_redteam54 import BIG12 as BIG12_54
    from tests.router_cases_redteam54 import R54
    from tests.router_cases_redteam55 import BIG12 as BIG12_55
    from tests.router_cases_redteam55 import R55
    from tests.router_cases_redteam56 import BIG12 as BIG12_56
    from tests.router_cases_redteam56 import R56
    from tests.router_cases_redteam57 import BIG12 as BIG12_57
    from tests.router_cases_redteam57 import R57
    from tests.router_cases_redteam58 import BIG12 as BIG12_58
    from tests.router_cases_redteam58 import R58
    from tests.router_cases_redteam59 import BIG12 as BIG12_59
    from tests.router_cases_redteam59 import R59
    from tests.router_cases_redteam60 import BIG12 as BIG12_60
    from tests.router_cases_redteam60 import R60
    from tests.router_cases_redteam61 import BIG12 as BIG12_61
    from tests.router_cases_redteam61 import R61
    from tests.router_cases_redteam62 import BIG12 as BIG12_62
    from tests.router_cases_redteam62 import R62
    from tests.router_cases_redteam63 import BIG12 as BIG12_63
    from tests.router_cases_redteam63 import R63
    from tests.router_cases_redteam64 import BIG12 as BIG12_64
    from tests.router_cases_redteam64 import R64
    from tests.router_cases_redteam65 import BIG12 as BIG12_65
    from tests.router_cases_redteam65 import R65
    from tests.router_cases_redteam66 import BIG12 as BIG12_66
    from tests.router_cases_redteam66 import R66
    from tests.router_cases_redteam67 import BIG12 as BIG12_67
    from tests.router_cases_redteam67 import R67
    from tests.router_cases_redteam68 import BIG12 as BIG12_68
    from tests.router_cases_redteam68 import R68
    from tests.router_cases_redteam69 import BIG12 as BIG12_69
    from tests.router_cases_redteam69 import R69
    from tests.router_cases_redteam70 import BIG12 as BIG12_70
    from tests.router_cases_redteam70 import R70
    from tests.router_cases_redteam71 import BIG12 as BIG12_71
    from tests.router_cases_redteam71 import R71
    from tests.router_cases_redteam72 import BIG12 as BIG12_72
    from tests.router_cases_redteam72 import R72
    from tests.router_cases_redteam73 import BIG12 as BIG12_73
    from tests.router_cases_redteam73 import R73
    from tests.router_cases_redteam74 import BIG12 as BIG12_74
    from tests.router_cases_redteam74 import R74
    from tests.router_cases_redteam75 import BIG12 as BIG12_75
    from tests.router_cases_redteam75 import R75
    from tests.router_cases_redteam76 import BIG12 as BIG12_76
    from tests.router_cases_redteam76 import R76
    from tests.router_cases_redteam77 import BIG12 as BIG12_77
    from tests.router_cases_redteam77 import R77
    from tests.router_cases_redteam78 import BIG12 as BIG12_78
    from tests.router_cases_redteam78 import R78
    from tests.router_cases_redteam79 import BIG12 as BIG12_79
    from tests.router_cases_redteam79 import R79
    from tests.router_cases_redteam80 import BIG12 as BIG12_80
    from tests.router_cases_redteam80 import R80
    from tests.router_cases_redteam81 import BIG12 as BIG12_81
    from tests.router_cases_redteam81 import R81
    from tests.router_cases_redteam82 import BIG12 as BIG12_82
    from tests.router_cases_redteam82 import R82
    from tests.router_cases_redteam83 import BIG12 as BIG12_83
    from tests.router_cases_redteam83 import R83
    from tests.router_cases_redteam84 import BIG12 as BIG12_84
    from tests.router_cases_redteam84 import R84
    from tests.router_cases_redteam85 import BIG12 as BIG12_85
    from tests.router_cases_redteam85 import R85
    from tests.router_cases_redteam86 import BIG12 as BIG12_86
    from tests.router_cases_redteam86 import R86
    from tests.router_cases_redteam87 import BIG12 as BIG12_87
    from tests.router_cases_redteam87 import R87
    from tests.router_cases_redteam88 import BIG12 as BIG12_88
    from tests.router_cases_redteam88 import R88
    from tests.router_cases_redteam89 import BIG12 as BIG12_89
    from tests.router_cases_redteam89 import R89
    from tests.router_cases_redteam90 import BIG12 as BIG12_90
    from tests.router_cases_redteam90 import R90
    from tests.router_cases_redteam91 import BIG12 as BIG12_91
    from tests.router_cases_redteam91 import R91
    from tests.router_cases_redteam92 import BIG12 as BIG12_92
    from tests.router_cases_redteam92 import R92
    from tests.router_cases_redteam93 import BIG12 as BIG12_93
    from tests.router_cases_redteam93 import R93
    from tests.router_cases_redteam94 import BIG12 as BIG12_94
    from tests.router_cases_redteam94 import R94
    from tests.router_cases_redteam95 import BIG12 as BIG12_95
    from tests.router_cases_redteam95 import R95
    from tests.router_cases_redteam96 import BIG12 as BIG12_96
    from tests.router_cases_redteam96 import R96
    from tests.router_cases_redteam97 import BIG12 as BIG12_97
    from tests.router_cases_redteam97 import R97
    from tests.router_cases_redteam98 import BIG12 as BIG12_98
    from tests.router_cases_redteam98 import R98
    from tests.router_cases_redteam99 import BIG12 as BIG12_99
    from tests.router_cases_redteam99 import R99
    from tests.router_cases_redteam100 import BIG12 as BIG12_100
    from tests.router_cases_redteam100 import R100
    from tests.router_cases_redteam101 import BIG12 as BIG12_101
    from tests.router_cases_redteam101 import R101
    from tests.router_cases_redteam102 import BIG12 as BIG12_102
    from tests.router_cases_redteam102 import R102
    from tests.router_cases_redteam103 import BIG12 as BIG12_103
    from tests.router_cases_redteam103 import R103
    from tests.router_cases_redteam104 import BIG12 as BIG12_104
    from tests.router_cases_redteam104 import R104
    from tests.router_cases_redteam105 import BIG12 as BIG12_105
    from tests.router_cases_redteam105 import R105
    from tests.router_cases_redteam106 import BIG12 as BIG12_106
    from tests.router_cases_redteam106 import R106
    from tests.router_cases_redteam107 import BIG12 as BIG12_107
    from tests.router_cases_redteam107 import R107
    from tests.router_cases_redteam108 import BIG12 as BIG12_108
    from tests.router_cases_redteam108 import R108
    from tests.router_cases_redteam109 import BIG12 as BIG12_109
    from tests.router_cases_redteam109 import R109
    from tests.router_cases_redteam110 import BIG12 as BIG12_110
    from tests.router_cases_redteam110 import R110
    from tests.router_cases_redteam111 import BIG12 as BIG12_111
    from tests.router_cases_redteam111 import R111
    from tests.router_cases_redteam112 import BIG12 as BIG12_112
    from tests.router_cases_redteam112 import R112
    from tests.router_cases_redteam113 import BIG12 as BIG12_113
    from tests.router_cases_redteam113 import R113
    from tests.router_cases_redteam114 import BIG12 as BIG12_114
    from tests.router_cases_redteam114 import R114
    from tests.router_cases_redteam115 import BIG12 as BIG12_115
    from tests.router_cases_redteam115 import R115
    from tests.router_cases_redteam116 import BIG12 as BIG12_116
    from tests.router_cases_redteam116 import R116
    from tests.router_cases_redteam117 import BIG12 as BIG12_117
    from tests.router_cases_redteam117 import R117
    from tests.router_cases_redteam118 import BIG12 as BIG12_118
    from tests.router_cases_redteam118 import R118
    from tests.router_cases_redteam119 import BIG12 as BIG12_119
    from tests.router_cases_redteam119 import R119
    from tests.router_cases_redteam120 import BIG12 as BIG12_120
    from tests.router_cases_redteam120 import R120
    from tests.router_cases_redteam121 import BIG12 as BIG12_121
    from tests.router_cases_redteam121 import R121
    from tests.router_cases_redteam122 import BIG12 as BIG12_122
    from tests.router_cases_redteam122 import R122
    from tests.router_cases_redteam123 import BIG12 as BIG12_123
    from tests.router_cases_redteam123 import R123
    from tests.router_cases_redteam124 import BIG12 as BIG12_124
    from tests.router_cases_redteam124 import R124
    from tests.router_cases_redteam125 import BIG12 as BIG12_125
    from tests.router_cases_redteam125 import R125
    from tests.router_cases_redteam126 import BIG12 as BIG12_126
    from tests.router_cases_redteam126 import R126
    from tests.router_cases_redteam127 import BIG12 as BIG12_127
    from tests.router_cases_redteam127 import R127
    from tests.router_cases_redteam128 import BIG12 as BIG12_128
    from tests.router_cases_redteam128 import R128
    from tests.router_cases_redteam129 import BIG12 as BIG12_129
    from tests.router_cases_redteam129 import R129
    from tests.router_cases_redteam130 import BIG12 as BIG12_130
    from tests.router_cases_redteam130 import R130
    from tests.router_cases_redteam131 import BIG12 as BIG12_131
    from tests.router_cases_redteam131 import R131
    from tests.router_cases_redteam132 import BIG12 as BIG12_132
    from tests.router_cases_redteam132 import R132
    from tests.router_cases_redteam133 import BIG12 as BIG12_133
    from tests.router_cases_redteam133 import R133
    from tests.router_cases_redteam134 import BIG12 as BIG12_134
    from tests.router_cases_redteam134 import R134
    from tests.router_cases_redteam135 import BIG12 as BIG12_135
    from tests.router_cases_redteam135 import R135
    from tests.router_cases_redteam136 import BIG12 as BIG12_136
    from tests.router_cases_redteam136 import R136
    from tests.router_cases_redteam137 import BIG12 as BIG12_137
    from tests.router_cases_redteam137 import R137
    from tests.router_cases_redteam138 import BIG12 as BIG12_138
    from tests.router_cases_redteam138 import R138
    from tests.router_cases_redteam139 import BIG12 as BIG12_139
    from tests.router_cases_redteam139 import R139
    from tests.router_cases_redteam140 import BIG12 as BIG12_140
    from tests.router_cases_redteam140 import R140
    from tests.router_cases_redteam141 import BIG12 as BIG12_141
    from tests.router_cases_redteam141 import R141
    from tests.router_cases_redteam142 import BIG12 as BIG12_142
    from tests.router_cases_redteam142 import R142
    from tests.router_cases_redteam143 import BIG12 as BIG12_143
    from tests.router_cases_redteam143 import R143
    from tests.router_cases_redteam144 import BIG12 as BIG12_144
    from tests.router_cases_redteam144 import R144
    from tests.router_cases_redteam145 import BIG12 as BIG12_145
    from tests.router_cases_redteam145 import R145
    from tests.router_cases_redteam146 import BIG12 as BIG12_146
    from tests.router_cases_redteam146 import R146
    from tests.router_cases_redteam147 import BIG12 as BIG12_147
    from tests.router_cases_redteam147 import R147
    from tests.router_cases_redteam148 import BIG12 as BIG12_148
    from tests.router_cases_redteam148 import R148
    from tests.router_cases_redteam149 import BIG12 as BIG12_149
    from tests.router_cases_redteam149 import R149
    from tests.router_cases_redteam150 import BIG12 as BIG12_150
    from tests.router_cases_redteam150 import R150
    from tests.router_cases_redteam151 import BIG12 as BIG12_151
    from tests.router_cases_redteam151 import R151
    from tests.router_cases_redteam152 import BIG12 as BIG12_152
    from tests.router_cases_redteam152 import R152
    from tests.router_cases_redteam153 import BIG12 as BIG12_153
    from tests.router_cases_redteam153 import R153
    from tests.router_cases_redteam154 import BIG12 as BIG12_154
    from tests.router_cases_redteam154 import R154
    from tests.router_cases_redteam155 import BIG12 as BIG12_155
    from tests.router_cases_redteam155 import R155
    from tests.router_cases_redteam156 import BIG12 as BIG12_156
    from tests.router_cases_redteam156 import R156
    from tests.router_cases_redteam157 import BIG12 as BIG12_157
    from tests.router_cases_redteam157 import R157
    from tests.router_cases_redteam158 import BIG12 as BIG12_158
    from tests.router_cases_redteam158 import R158
    from tests.router_cases_redteam159 import BIG12 as BIG12_159
    from tests.router_cases_redteam159 import R159
    from tests.router_cases_redteam160 import BIG12 as BIG12_160
    from tests.router_cases_redteam160 import R160
    from tests.router_cases_redteam161 import BIG12 as BIG12_161
    from tests.router_cases_redteam161 import R161
    from tests.router_cases_redteam162 import BIG12 as BIG12_162
    from tests.router_cases_redteam162 import R162
    from tests.router_cases_redteam163 import BIG12 as BIG12_163
    from tests.router_cases_redteam163 import R163
    from tests.router_cases_redteam164 import BIG12 as BIG12_164
    from tests.router_cases_redteam164 import R164
    from tests.router_cases_redteam165 import BIG12 as BIG12_165
    from tests.router_cases_redteam165 import R165
    from tests.router_cases_redteam166 import BIG12 as BIG12_166
    from tests.router_cases_redteam166 import R166
    from tests.router_cases_redteam167 import BIG12 as BIG12_167
    from tests.router_cases_redteam167 import R167
    from tests.router_cases_redteam168 import BIG12 as BIG12_168
    from tests.router_cases_redteam168 import R168
    from tests.router_cases_redteam169 import BIG12 as BIG12_169
    from tests.router_cases_redteam169 import R169
    from tests.router_cases_redteam170 import BIG12 as BIG12_170
    from tests.router_cases_redteam170 import R170
    from tests.router_cases_redteam171 import BIG12 as BIG12_171
    from tests.router_cases_redteam171 import R171
    from tests.router_cases_redteam172 import BIG12 as BIG12_172
    from tests.router_cases_redteam172 import R172
    from tests.router_cases_redteam173 import BIG12 as BIG12_173
    from tests.router_cases_redteam173 import R173
    from tests.router_cases_redteam174 import BIG12 as BIG12_174
    from tests.router_cases_redteam174 import R174
    from tests.router_cases_redteam175 import BIG12 as BIG12_175
    from tests.router_cases_redteam175 import R175
    from tests.router_cases_redteam176 import BIG12 as BIG12_176
    from tests.router_cases_redteam176 import R176
    from tests.router_cases_redteam177 import BIG12 as BIG12_177
    from tests.router_cases_redteam177 import R177
    from tests.router_cases_redteam178 import BIG12 as BIG12_178
    from tests.router_cases_redteam178 import R178
    from tests.router_cases_redteam179 import BIG12 as BIG12_179
    from tests.router_cases_redteam179 import R179
    from tests.router_cases_redteam180 import BIG12 as BIG12_180
    from tests.router_cases_redteam180 import R180
    from tests.router_cases_redteam181 import BIG12 as BIG12_181
    from tests.router_cases_redteam181 import R181
    from tests.router_cases_redteam182 import BIG12 as BIG12_182
    from tests.router_cases_redteam182 import R182
    from tests.router_cases_redteam183 import BIG12 as BIG12_183
    from tests.router_cases_redteam183 import R183
    from tests.router_cases_redteam184 import BIG12 as BIG12_184
    from tests.router_cases_redteam184 import R184
    from tests.router_cases_redteam185 import BIG12 as BIG12_185
    from tests.router_cases_redteam185 import R185
    from tests.router_cases_redteam186 import BIG12 as BIG12_186
    from tests.router_cases_redteam186 import R186
    from tests.router_cases_redteam187 import BIG12 as BIG12_187
    from tests.router_cases_redteam187 import R187
    from tests.router_cases_redteam188 import BIG12 as BIG12_188
    from tests.router_cases_redteam188 import R188
    from tests.router_cases_redteam189 import BIG12 as BIG12_189
    from tests.router_cases_redteam189 import R189
    from tests.router_cases_redteam190 import BIG12 as BIG12_190
    from tests.router_cases_redteam190 import R190
    from tests.router_cases_redteam191 import BIG12 as BIG12_191
    from tests.router_cases_redteam191 import R191
    from tests.router_cases_redteam192 import BIG12 as BIG12_192
    from tests.router_cases_redteam192 import R192
    from tests.router_cases_redteam193 import BIG12 as BIG12_193
    from tests.router_cases_redteam193 import R193
    from tests.router_cases_redteam194 import BIG12 as BIG12_194
    from tests.router_cases_redteam194 import R194
    from tests.router_cases_redteam195 import BIG12 as BIG12_195
    from tests.router_cases_redteam195 import R195
    from tests.router_cases_redteam196 import BIG12 as BIG12_196
    from tests.router_cases_redteam196 import R196
    from tests.router_cases_redteam197 import BIG12 as BIG12_197
    from tests.router_cases_redteam197 import R197
    from tests.router_cases_redteam198 import BIG12 as BIG12_198
    from tests.router_cases_redteam198 import R198
    from tests.router_cases_redteam199 import BIG12 as BIG12_199
    from tests.router_cases_redteam199 import R199
    from tests.router_cases_redteam200 import BIG12 as BIG12_200
    from tests.router_cases_redteam200 import R200
    from tests.router_cases_redteam201 import BIG12 as BIG12_201
    from tests.router_cases_redteam201 import R201
    from tests.router_cases_redteam202 import BIG12 as BIG12_202
    from tests.router_cases_redteam202 import R202
    from tests.router_cases_redteam203 import BIG12 as BIG12_203
    from tests.router_cases_redteam203 import R203
    from tests.router_cases_redteam204 import BIG12 as BIG12_204
    from tests.router_cases_redteam204 import R204
    from tests.router_score import BIG, SUMMARY_HEAD, redteam3_matches, score, score_with_fields
    from tests.router_score import summary_row as row

    which = sys.argv[sys.argv.index("--set") + 1] if "--set" in sys.argv else "3"
    cases = {
        "4": R4,
        "5": R5,
        "6": R6,
        "7": R7,
        "8": R8,
        "9": R9,
        "10": R10,
        "11": R11,
        "12": R12,
        "13": R13,
        "14": R14,
        "15": R15,
        "16": R16,
        "17": R17,
        "18": R18,
        "19": R19,
        "20": R20,
        "21": R21,
        "22": R22,
        "23": R23,
        "24": R24,
        "25": R25,
        "26": R26,
        "27": R27,
        "28": R28,
        "29": R29,
        "30": R30,
        "31": R31,
        "32": R32,
        "33": R33,
        "34": R34,
        "35": R35,
        "36": R36,
        "37": R37,
        "38": R38,
        "39": R39,
        "40": R40,
        "41": R41,
        "42": R42,
        "43": R43,
        "44": R44,
        "45": R45,
        "46": R46,
        "47": R47,
        "48": R48,
        "49": R49,
        "50": R50,
        "51": R51,
        "52": R52,
        "53": R53,
        "54": R54,
        "55": R55,
        "56": R56,
        "57": R57,
        "58": R58,
        "59": R59,
        "60": R60,
        "61": R61,
        "62": R62,
        "63": R63,
        "64": R64,
        "65": R65,
        "66": R66,
        "67": R67,
        "68": R68,
        "69": R69,
        "70": R70,
        "71": R71,
        "72": R72,
        "73": R73,
        "74": R74,
        "75": R75,
        "76": R76,
        "77": R77,
        "78": R78,
        "79": R79,
        "80": R80,
        "81": R81,
        "82": R82,
        "83": R83,
        "84": R84,
        "85": R85,
        "86": R86,
        "87": R87,
        "88": R88,
        "89": R89,
        "90": R90,
        "91": R91,
        "92": R92,
        "93": R93,
        "94": R94,
        "95": R95,
        "96": R96,
        "97": R97,
        "98": R98,
        "99": R99,
        "100": R100,
        "101": R101,
        "102": R102,
        "103": R103,
        "104": R104,
        "105": R105,
        "106": R106,
        "107": R107,
        "108": R108,
        "109": R109,
        "110": R110,
        "111": R111,
        "112": R112,
        "113": R113,
        "114": R114,
        "115": R115,
        "116": R116,
        "117": R117,
        "118": R118,
        "119": R119,
        "120": R120,
        "121": R121,
        "122": R122,
        "123": R123,
        "124": R124,
        "125": R125,
        "126": R126,
        "127": R127,
        "128": R128,
        "129": R129,
        "130": R130,
        "131": R131,
        "132": R132,
        "133": R133,
        "134": R134,
        "135": R135,
        "136": R136,
        "137": R137,
        "138": R138,
        "139": R139,
        "140": R140,
        "141": R141,
        "142": R142,
        "143": R143,
        "144": R144,
        "145": R145,
        "146": R146,
        "147": R147,
        "148": R148,
        "149": R149,
        "150": R150,
        "151": R151,
        "152": R152,
        "153": R153,
        "154": R154,
        "155": R155,
        "156": R156,
        "157": R157,
        "158": R158,
        "159": R159,
        "160": R160,
        "161": R161,
        "162": R162,
        "163": R163,
        "164": R164,
        "165": R165,
        "166": R166,
        "167": R167,
        "168": R168,
        "169": R169,
        "170": R170,
        "171": R171,
        "172": R172,
        "173": R173,
        "174": R174,
        "175": R175,
        "176": R176,
        "177": R177,
        "178": R178,
        "179": R179,
        "180": R180,
        "181": R181,
        "182": R182,
        "183": R183,
        "184": R184,
        "185": R185,
        "186": R186,
        "187": R187,
        "188": R188,
        "189": R189,
        "190": R190,
        "191": R191,
        "192": R192,
        "193": R193,
        "194": R194,
        "195": R195,
        "196": R196,
        "197": R197,
        "198": R198,
        "199": R199,
        "200": R200,
        "201": R201,
        "202": R202,
        "203": R203,
        "204": R204,
    }.get(which, R3)
    big_langs = {
        "5": BIG12,
        "6": BIG12_6,
        "7": BIG12_7,
        "8": BIG12_8,
        "9": BIG12_9,
        "10": BIG12_10,
        "11": BIG12_11,
        "12": BIG12_12,
        "13": BIG12_13,
        "14": BIG12_14,
        "15": BIG12_15,
        "16": BIG12_16,
        "17": BIG12_17,
        "18": BIG12_18,
        "19": BIG12_19,
        "20": BIG12_20,
        "21": BIG12_21,
        "22": BIG12_22,
        "23": BIG12_23,
        "24": BIG12_24,
        "25": BIG12_25,
        "26": BIG12_26,
        "27": BIG12_27,
        "28": BIG12_28,
        "29": BIG12_29,
        "30": BIG12_30,
        "31": BIG12_31,
        "32": BIG12_32,
        "33": BIG12_33,
        "34": BIG12_34,
        "35": BIG12_35,
        "36": BIG12_36,
        "37": BIG12_37,
        "38": BIG12_38,
        "39": BIG12_39,
        "40": BIG12_40,
        "41": BIG12_41,
        "42": BIG12_42,
        "43": BIG12_43,
        "44": BIG12_44,
        "45": BIG12_45,
        "46": BIG12_46,
        "47": BIG12_47,
        "48": BIG12_48,
        "49": BIG12_49,
        "50": BIG12_50,
        "51": BIG12_51,
        "52": BIG12_52,
        "53": BIG12_53,
        "54": BIG12_54,
        "55": BIG12_55,
        "56": BIG12_56,
        "57": BIG12_57,
        "58": BIG12_58,
        "59": BIG12_59,
        "60": BIG12_60,
        "61": BIG12_61,
        "62": BIG12_62,
        "63": BIG12_63,
        "64": BIG12_64,
        "65": BIG12_65,
        "66": BIG12_66,
        "67": BIG12_67,
        "68": BIG12_68,
        "69": BIG12_69,
        "70": BIG12_70,
        "71": BIG12_71,
        "72": BIG12_72,
        "73": BIG12_73,
        "74": BIG12_74,
        "75": BIG12_75,
        "76": BIG12_76,
        "77": BIG12_77,
        "78": BIG12_78,
        "79": BIG12_79,
        "80": BIG12_80,
        "81": BIG12_81,
        "82": BIG12_82,
        "83": BIG12_83,
        "84": BIG12_84,
        "85": BIG12_85,
        "86": BIG12_86,
        "87": BIG12_87,
        "88": BIG12_88,
        "89": BIG12_89,
        "90": BIG12_90,
        "91": BIG12_91,
        "92": BIG12_92,
        "93": BIG12_93,
        "94": BIG12_94,
        "95": BIG12_95,
        "96": BIG12_96,
        "97": BIG12_97,
        "98": BIG12_98,
        "99": BIG12_99,
        "100": BIG12_100,
        "101": BIG12_101,
        "102": BIG12_102,
        "103": BIG12_103,
        "104": BIG12_104,
        "105": BIG12_105,
        "106": BIG12_106,
        "107": BIG12_107,
        "108": BIG12_108,
        "109": BIG12_109,
        "110": BIG12_110,
        "111": BIG12_111,
        "112": BIG12_112,
        "113": BIG12_113,
        "114": BIG12_114,
        "115": BIG12_115,
        "116": BIG12_116,
        "117": BIG12_117,
        "118": BIG12_118,
        "119": BIG12_119,
        "120": BIG12_120,
        "121": BIG12_121,
        "122": BIG12_122,
        "123": BIG12_123,
        "124": BIG12_124,
        "125": BIG12_125,
        "126": BIG12_126,
        "127": BIG12_127,
        "128": BIG12_128,
        "129": BIG12_129,
        "130": BIG12_130,
        "131": BIG12_131,
        "132": BIG12_132,
        "133": BIG12_133,
        "134": BIG12_134,
        "135": BIG12_135,
        "136": BIG12_136,
        "137": BIG12_137,
        "138": BIG12_138,
        "139": BIG12_139,
        "140": BIG12_140,
        "141": BIG12_141,
        "142": BIG12_142,
        "143": BIG12_143,
        "144": BIG12_144,
        "145": BIG12_145,
        "146": BIG12_146,
        "147": BIG12_147,
        "148": BIG12_148,
        "149": BIG12_149,
        "150": BIG12_150,
        "151": BIG12_151,
        "152": BIG12_152,
        "153": BIG12_153,
        "154": BIG12_154,
        "155": BIG12_155,
        "156": BIG12_156,
        "157": BIG12_157,
        "158": BIG12_158,
        "159": BIG12_159,
        "160": BIG12_160,
        "161": BIG12_161,
        "162": BIG12_162,
        "163": BIG12_163,
        "164": BIG12_164,
        "165": BIG12_165,
        "166": BIG12_166,
        "167": BIG12_167,
        "168": BIG12_168,
        "169": BIG12_169,
        "170": BIG12_170,
        "171": BIG12_171,
        "172": BIG12_172,
        "173": BIG12_173,
        "174": BIG12_174,
        "175": BIG12_175,
        "176": BIG12_176,
        "177": BIG12_177,
        "178": BIG12_178,
        "179": BIG12_179,
        "180": BIG12_180,
        "181": BIG12_181,
        "182": BIG12_182,
        "183": BIG12_183,
        "184": BIG12_184,
        "185": BIG12_185,
        "186": BIG12_186,
        "187": BIG12_187,
        "188": BIG12_188,
        "189": BIG12_189,
        "190": BIG12_190,
        "191": BIG12_191,
        "192": BIG12_192,
        "193": BIG12_193,
        "194": BIG12_194,
        "195": BIG12_195,
        "196": BIG12_196,
        "197": BIG12_197,
        "198": BIG12_198,
        "199": BIG12_199,
        "200": BIG12_200,
        "201": BIG12_201,
        "202": BIG12_202,
        "203": BIG12_203,
        "204": BIG12_204,
    }.get(which, BIG)
    s = score_with_fields(list(cases)) if "--fields" in sys.argv else score(list(cases), redteam3_matches)

    print(SUMMARY_HEAD)
    for lang in sorted(s.by_lang):
        print(row(lang, s.by_lang[lang]))
    big = [o for lg, v in s.by_lang.items() if lg in big_langs for o in v]
    other = [o for lg, v in s.by_lang.items() if lg not in big_langs for o in v]
    print(row("big12", big))
    print(row("others", other))
    print(row("all", big + other))
    if "--misses" in sys.argv:
        for o in s.outcomes():
            if not o.right:
                flag = "SILENT" if o.silent_wrong else "asked " if o.question is not None else "other "
                print(f"{flag} {o.lang}: {o.request!r} want {o.want} -> got {o.got} {o.detail[:200]}")


if __name__ == "__main__":
    main()
